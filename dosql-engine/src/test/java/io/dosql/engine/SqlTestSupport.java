package io.dosql.engine;

import io.dosql.core.DoSqlException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;

/** Helpers for engine tests: run SQL through a session and render results as text rows. */
public abstract class SqlTestSupport {
    protected final Database database = Database.inMemory();
    protected final Session session = database.openSession();

    protected void run(String sql) {
        session.executeScript(sql);
    }

    protected StatementResult execute(String sql, Object... parameters) {
        return session.execute(sql, List.of(parameters));
    }

    /** The rows of a query, each rendered as its values joined by '|', NULL as "NULL". */
    protected List<String> rows(String sql, Object... parameters) {
        return render(execute(sql, parameters));
    }

    protected static List<String> render(StatementResult result) {
        List<String> rows = new ArrayList<>();
        RowCursor cursor = result.rows();
        int width = result.columns().size();
        while (cursor.next()) {
            StringBuilder row = new StringBuilder();
            for (int index = 0; index < width; index++) {
                Object value = cursor.get(index);
                row.append(index == 0 ? "" : "|").append(value == null ? "NULL" : value.toString());
            }
            rows.add(row.toString());
        }
        return rows;
    }

    protected String single(String sql, Object... parameters) {
        List<String> rows = rows(sql, parameters);
        Assertions.assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    protected DoSqlException failure(String sql) {
        try {
            session.executeScript(sql);
        } catch (DoSqlException expected) {
            return expected;
        }
        throw new AssertionError("expected an error from: " + sql);
    }
}
