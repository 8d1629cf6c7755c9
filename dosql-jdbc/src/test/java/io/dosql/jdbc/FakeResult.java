package io.dosql.jdbc;

import io.dosql.engine.ResultColumn;
import io.dosql.engine.RowCursor;
import io.dosql.engine.StatementResult;
import java.util.List;

/** A hand-written StatementResult for driver tests: fixed columns and rows, or just a count. */
final class FakeResult implements StatementResult {
    private final String commandTag;
    private final long updateCount;
    private final List<ResultColumn> columns;
    private final List<Object[]> rows;
    boolean closed;

    FakeResult(String commandTag, long updateCount, List<ResultColumn> columns, List<Object[]> rows) {
        this.commandTag = commandTag;
        this.updateCount = updateCount;
        this.columns = columns;
        this.rows = rows;
    }

    static FakeResult count(String commandTag, long updateCount) {
        return new FakeResult(commandTag, updateCount, List.of(), List.of());
    }

    static FakeResult query(List<ResultColumn> columns, List<Object[]> rows) {
        return new FakeResult("SELECT " + rows.size(), -1, columns, rows);
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
        return !columns.isEmpty();
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public RowCursor rows() {
        return new ListRowCursor(rows);
    }

    @Override
    public void close() {
        closed = true;
    }
}
