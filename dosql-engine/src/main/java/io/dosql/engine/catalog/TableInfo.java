package io.dosql.engine.catalog;

import io.dosql.engine.storage.TableStore;
import java.util.ArrayList;
import java.util.List;

/** A base table: columns, constraints, indexes, its row store and row-count statistics. */
public final class TableInfo {
    public final String schema;
    public String name;
    public List<ColumnInfo> columns;
    public final List<IndexInfo> indexes = new ArrayList<>();
    public final List<CheckInfo> checks = new ArrayList<>();
    public final List<ForeignKeyInfo> foreignKeys = new ArrayList<>();
    public TableStore store;
    /** COMMENT ON TABLE (null: none). */
    public String comment;
    /** Row count gathered by ANALYZE (or -1): the join-order statistic. */
    public long analyzedRowCount = -1;

    public TableInfo(String schema, String name, List<ColumnInfo> columns, TableStore store) {
        this.schema = schema;
        this.name = name;
        this.columns = new ArrayList<>(columns);
        this.store = store;
    }

    public int columnIndex(String columnName) {
        for (int index = 0; index < columns.size(); index++) {
            if (columns.get(index).name.equals(columnName)) {
                return index;
            }
        }
        return -1;
    }

    public IndexInfo primaryKey() {
        for (IndexInfo index : indexes) {
            if (index.primary) {
                return index;
            }
        }
        return null;
    }

    /** Estimated row count for the optimizer. */
    public long estimatedRows() {
        return analyzedRowCount >= 0 ? analyzedRowCount : store.rowCount();
    }
}
