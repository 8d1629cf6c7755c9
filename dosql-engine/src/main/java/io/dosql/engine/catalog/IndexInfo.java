package io.dosql.engine.catalog;

import io.dosql.engine.storage.IndexStore;

/** An index of a table over some of its columns (also those behind PRIMARY KEY and UNIQUE). */
public final class IndexInfo {
    public String name;
    public final TableInfo table;
    public int[] columns;
    public final boolean unique;
    public final boolean primary;
    public final IndexStore store;
    /** Behind a PRIMARY KEY or UNIQUE constraint (not a CREATE UNIQUE INDEX): what information_schema lists. */
    public boolean constraint;

    public IndexInfo(String name, TableInfo table, int[] columns, boolean unique, boolean primary, IndexStore store) {
        this.name = name;
        this.table = table;
        this.columns = columns;
        this.unique = unique;
        this.primary = primary;
        this.store = store;
    }

    /** The key of {@code row} for this index (a fresh array). */
    public Object[] keyOf(Object[] row) {
        Object[] key = new Object[columns.length];
        for (int index = 0; index < columns.length; index++) {
            key[index] = row[columns[index]];
        }
        return key;
    }

    /** Whether the key contains a NULL (such keys never conflict). */
    public static boolean hasNull(Object[] key) {
        for (Object value : key) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether two keys are equal column by column (nulls equal only nulls), as index entries compare. */
    public static boolean sameKey(Object[] a, Object[] b) {
        for (int index = 0; index < a.length; index++) {
            if (a[index] == null || b[index] == null) {
                if (a[index] != b[index]) {
                    return false;
                }
            } else if (!a[index].equals(b[index])) {
                return false;
            }
        }
        return true;
    }
}
