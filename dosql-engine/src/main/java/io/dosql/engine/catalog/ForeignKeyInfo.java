package io.dosql.engine.catalog;

import io.dosql.parser.ast.ReferentialAction;

/** A foreign key from {@code table.columns} to {@code referenced.referencedColumns}. */
public final class ForeignKeyInfo {
    public final String name;
    public final TableInfo table;
    public int[] columns;
    public final TableInfo referenced;
    public int[] referencedColumns;
    public final ReferentialAction onDelete;
    public final ReferentialAction onUpdate;

    public ForeignKeyInfo(String name, TableInfo table, int[] columns, TableInfo referenced, int[] referencedColumns,
                          ReferentialAction onDelete, ReferentialAction onUpdate) {
        this.name = name;
        this.table = table;
        this.columns = columns;
        this.referenced = referenced;
        this.referencedColumns = referencedColumns;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
    }
}
