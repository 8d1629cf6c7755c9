package io.dosql.engine.storage.memory;

import io.dosql.engine.storage.TableStore;
import java.util.Arrays;

/** An in-memory table: a growing array of rows indexed by row id; deleted slots hold null. */
public final class MemoryTableStore implements TableStore {
    private Object[][] rows = new Object[16][];
    private int limit;
    private long count;

    @Override
    public long insert(Object[] row) {
        if (limit == rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        rows[limit] = row;
        count++;
        return limit++;
    }

    @Override
    public Object[] get(long rowId) {
        return rowId < limit ? rows[(int) rowId] : null;
    }

    @Override
    public void update(long rowId, Object[] row) {
        rows[(int) rowId] = row;
    }

    @Override
    public void delete(long rowId) {
        if (rows[(int) rowId] != null) {
            rows[(int) rowId] = null;
            count--;
        }
    }

    @Override
    public void restore(long rowId, Object[] row) {
        if (rowId >= rows.length) {
            rows = Arrays.copyOf(rows, (int) Math.max(rows.length * 2L, rowId + 1));
        }
        limit = (int) Math.max(limit, rowId + 1);
        if (rows[(int) rowId] == null) {
            count++;
        }
        rows[(int) rowId] = row;
    }

    @Override
    public long rowIdLimit() {
        return limit;
    }

    @Override
    public long rowCount() {
        return count;
    }

    @Override
    public void clear() {
        rows = new Object[16][];
        limit = 0;
        count = 0;
    }
}
