package io.dosql.engine.session;

import io.dosql.engine.CatalogSnapshot;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.ForeignKeyInfo;
import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.catalog.ViewInfo;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.binder.BindingContext;
import io.dosql.engine.binder.BoundQuery;
import io.dosql.engine.binder.QueryBinder;
import java.util.ArrayList;
import java.util.List;

/** Builds the public {@link CatalogSnapshot} from the internal catalog. */
final class CatalogSnapshots {
    private CatalogSnapshots() {
    }

    static CatalogSnapshot of(Catalog catalog) {
        List<String> schemas = new ArrayList<>();
        List<CatalogSnapshot.Table> tables = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            schemas.add(schema.name);
            for (TableInfo table : schema.tables.values()) {
                tables.add(table(table));
            }
            for (ViewInfo view : schema.views.values()) {
                List<CatalogSnapshot.Column> columns = new ArrayList<>();
                try {
                    BoundQuery query = new QueryBinder(new BindingContext(catalog)).bindQuery(view.query(), null);
                    for (int index = 0; index < query.columns().size(); index++) {
                        ResultColumn column = query.columns().get(index);
                        String name = index < view.columnNames().size() ? view.columnNames().get(index) : column.label();
                        columns.add(new CatalogSnapshot.Column(name, column.type(), true, null, false));
                    }
                } catch (RuntimeException broken) {
                    // A view whose tables were dropped still appears, without columns.
                }
                tables.add(new CatalogSnapshot.Table(schema.name, view.name(), "VIEW", columns, null, List.of(),
                        List.of(), List.of(), view.sql(), schema.viewComments.get(view.name())));
            }
        }
        return new CatalogSnapshot(schemas, tables);
    }

    /** The default as SQL text, as \\d and DatabaseMetaData.getColumns show it (not the AST's debug form). */
    private static String defaultText(ColumnInfo column) {
        if (column.defaultExpression == null) {
            return column.defaultText;
        }
        try {
            return io.dosql.parser.SqlPrinter.print(column.defaultExpression);
        } catch (RuntimeException unprintable) {
            return column.defaultText;
        }
    }

    private static CatalogSnapshot.Table table(TableInfo table) {
        List<CatalogSnapshot.Column> columns = new ArrayList<>();
        for (ColumnInfo column : table.columns) {
            columns.add(new CatalogSnapshot.Column(column.name, column.type, !column.notNull, defaultText(column),
                    column.identity != null, column.comment));
        }
        IndexInfo primaryKey = table.primaryKey();
        List<CatalogSnapshot.Index> indexes = new ArrayList<>();
        for (IndexInfo index : table.indexes) {
            indexes.add(new CatalogSnapshot.Index(index.name, index.unique, index.primary, names(table, index.columns)));
        }
        List<CatalogSnapshot.ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKeyInfo foreignKey : table.foreignKeys) {
            foreignKeys.add(new CatalogSnapshot.ForeignKey(foreignKey.name, names(table, foreignKey.columns),
                    foreignKey.referenced.schema, foreignKey.referenced.name,
                    names(foreignKey.referenced, foreignKey.referencedColumns),
                    foreignKey.onDelete.name().replace('_', ' '), foreignKey.onUpdate.name().replace('_', ' ')));
        }
        return new CatalogSnapshot.Table(table.schema, table.name, "TABLE", columns,
                primaryKey == null ? null : primaryKey.name,
                primaryKey == null ? List.of() : names(table, primaryKey.columns), indexes, foreignKeys, null,
                table.comment);
    }

    private static List<String> names(TableInfo table, int[] columns) {
        List<String> names = new ArrayList<>();
        for (int column : columns) {
            names.add(table.columns.get(column).name);
        }
        return names;
    }
}
