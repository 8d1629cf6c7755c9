package io.dosql.jdbc;

import io.dosql.engine.RowCursor;
import java.util.List;

/** A {@link RowCursor} over rows held in memory: the driver's own result sets (metadata, generated keys). */
final class ListRowCursor implements RowCursor {
    private final List<Object[]> rows;
    private int index = -1;

    ListRowCursor(List<Object[]> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public boolean next() {
        if (index + 1 >= rows.size()) {
            index = rows.size();
            return false;
        }
        index++;
        return true;
    }

    @Override
    public Object get(int columnIndex) {
        return rows.get(index)[columnIndex];
    }

    @Override
    public void close() {
        index = rows.size();
    }
}
