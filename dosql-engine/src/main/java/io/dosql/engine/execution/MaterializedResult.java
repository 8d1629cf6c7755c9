package io.dosql.engine.execution;

import io.dosql.engine.ResultColumn;
import io.dosql.engine.RowCursor;
import io.dosql.engine.StatementResult;
import java.util.List;

/** A statement result whose rows (if any) are already computed. */
public final class MaterializedResult implements StatementResult {
    private final String commandTag;
    private final long updateCount;
    private final List<ResultColumn> columns;
    private final List<Object[]> rows;

    public MaterializedResult(String commandTag, long updateCount, List<ResultColumn> columns, List<Object[]> rows) {
        this.commandTag = commandTag;
        this.updateCount = updateCount;
        this.columns = columns;
        this.rows = rows;
    }

    public static MaterializedResult command(String tag) {
        return new MaterializedResult(tag, -1, null, null);
    }

    @Override
    public String commandTag() {
        return commandTag;
    }

    @Override
    public long updateCount() {
        return updateCount;
    }

    @Override
    public boolean hasRows() {
        return columns != null;
    }

    @Override
    public List<ResultColumn> columns() {
        return columns == null ? List.of() : columns;
    }

    public List<Object[]> rowList() {
        return rows == null ? List.of() : rows;
    }

    @Override
    public RowCursor rows() {
        List<Object[]> list = rowList();
        return new RowCursor() {
            private int position = -1;

            @Override
            public boolean next() {
                if (position + 1 < list.size()) {
                    position++;
                    return true;
                }
                position = list.size();
                return false;
            }

            @Override
            public Object get(int index) {
                if (position < 0 || position >= list.size()) {
                    throw io.dosql.core.ErrorCode.INVALID_CURSOR_NAME.exception("<no current row>");
                }
                return list.get(position)[index];
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void close() {
    }
}
