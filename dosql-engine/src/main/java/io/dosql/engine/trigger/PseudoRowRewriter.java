package io.dosql.engine.trigger;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.parser.ast.Cast;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.Node;
import io.dosql.parser.ast.Parameter;
import io.dosql.parser.ast.TypeName;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a trigger's WHEN clause or body statement so that {@code NEW.col} and {@code OLD.col}
 * become typed bind parameters: {@code CAST($i AS column type)}, NEW columns first, then OLD; and
 * SQLite's {@code RAISE(…)} becomes a {@link Raise} marker.
 *
 * <p>Why reflection: the parser's AST is a tree of immutable records with dozens of node types;
 * copying every record generically through its canonical constructor keeps this rewrite in one small
 * class instead of a visitor that must follow every AST change.
 */
final class PseudoRowRewriter {
    private final List<String> columnNames;
    private final List<SqlType> columnTypes;
    private final boolean hasNew;
    private final boolean hasOld;
    private boolean raiseSeen;

    PseudoRowRewriter(List<String> columnNames, List<SqlType> columnTypes, boolean hasNew, boolean hasOld) {
        this.columnNames = columnNames;
        this.columnTypes = columnTypes;
        this.hasNew = hasNew;
        this.hasOld = hasOld;
    }

    @SuppressWarnings("unchecked")
    <T extends Node> T rewrite(T node) {
        raiseSeen = false;
        return (T) rewriteValue(node);
    }

    /** Whether the last {@link #rewrite} replaced a RAISE(…) call by its marker. */
    boolean raiseSeen() {
        return raiseSeen;
    }

    private Object rewriteValue(Object value) {
        if (value instanceof ColumnReference reference) {
            return replace(reference);
        }
        if (value instanceof FunctionCall call && Raise.isRaise(call)) {
            raiseSeen = true;
            return Raise.marker(call);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object rewritten = rewriteValue(element);
                changed |= rewritten != element;
                copy.add(rewritten);
            }
            return changed ? copy : list;
        }
        if (value instanceof Record record && value instanceof Node) {
            return rewriteRecord(record);
        }
        return value;
    }

    private Object rewriteRecord(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        try {
            for (int index = 0; index < components.length; index++) {
                Object original = components[index].getAccessor().invoke(record);
                values[index] = rewriteValue(original);
                types[index] = components[index].getType();
                changed |= values[index] != original;
            }
            if (!changed) {
                return record;
            }
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException failure) {
            if (failure.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failure.getCause());
        } catch (ReflectiveOperationException failure) {
            throw new IllegalStateException("cannot rewrite " + record.getClass().getSimpleName(), failure);
        }
    }

    private Object replace(ColumnReference reference) {
        if (reference.parts().size() != 2) {
            return reference;
        }
        String qualifier = reference.parts().get(0);
        boolean isNew = qualifier.equals("new");
        if (!isNew && !qualifier.equals("old")) {
            return reference;
        }
        if (isNew && !hasNew || !isNew && !hasOld) {
            // SQLite: NEW exists only for INSERT/UPDATE, OLD only for UPDATE/DELETE.
            throw ErrorCode.UNDEFINED_COLUMN.exception(qualifier + "." + reference.name());
        }
        int column = columnNames.indexOf(reference.name());
        if (column < 0) {
            throw ErrorCode.UNDEFINED_COLUMN.exception(qualifier + "." + reference.name());
        }
        int parameter = (isNew ? 0 : columnNames.size()) + column + 1;
        return new Cast(new Parameter(parameter, reference.position()), typeName(columnTypes.get(column)));
    }

    private static TypeName typeName(SqlType type) {
        if (type.kind() == io.dosql.core.TypeKind.UNKNOWN) {
            return new TypeName("text", List.of(), false);
        }
        List<Integer> modifiers = new ArrayList<>();
        if (type.hasPrecision()) {
            modifiers.add(type.precision());
            if (type.scale() >= 0) {
                modifiers.add(type.scale());
            }
        }
        return new TypeName(type.kind().postgresName(), modifiers, false);
    }
}
