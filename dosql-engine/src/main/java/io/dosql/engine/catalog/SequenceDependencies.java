package io.dosql.engine.catalog;

import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.StringLiteral;
import java.util.ArrayList;
import java.util.List;

/**
 * The column defaults that call {@code nextval('s')} on a sequence, found in their stored syntax (a name
 * resolved through the current search_path): DROP SEQUENCE refuses while they exist, or drops them with
 * CASCADE, as PostgreSQL does.
 */
public final class SequenceDependencies {
    /** A column whose default uses the sequence. */
    public record Default(TableInfo table, ColumnInfo column) {
    }

    private SequenceDependencies() {
    }

    public static List<Default> defaultsUsing(Catalog catalog, SequenceInfo sequence) {
        List<Default> result = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                for (ColumnInfo column : table.columns) {
                    if (column.defaultExpression != null && uses(catalog, column, sequence)) {
                        result.add(new Default(table, column));
                    }
                }
            }
        }
        return result;
    }

    private static boolean uses(Catalog catalog, ColumnInfo column, SequenceInfo sequence) {
        List<FunctionCall> calls = new ArrayList<>();
        SyntaxWalk.collect(column.defaultExpression, FunctionCall.class, calls);
        for (FunctionCall call : calls) {
            if (call.name().name().equals("nextval") && call.arguments().size() == 1
                    && call.arguments().get(0) instanceof StringLiteral literal && names(catalog, literal.value(), sequence)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Catalog catalog, String text, SequenceInfo sequence) {
        List<String> parts;
        try {
            parts = RelationNames.parts(text);
        } catch (RuntimeException malformed) {
            return false; // such a default fails when used; it depends on nothing
        }
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() == 2 ? parts.get(0) : parts.size() == 1 ? catalog.schemaNameFor(null, name) : null;
        return name.equals(sequence.name) && sequence.schema.equals(schema);
    }
}
