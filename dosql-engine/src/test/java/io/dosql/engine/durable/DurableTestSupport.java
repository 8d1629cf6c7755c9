package io.dosql.engine.durable;

import io.dosql.engine.Database;
import io.dosql.engine.RowCursor;
import io.dosql.engine.Session;
import io.dosql.engine.StatementResult;
import java.util.ArrayList;
import java.util.List;

/** Helpers for durability tests: render query results as text rows to compare across reopens. */
final class DurableTestSupport {
    private DurableTestSupport() {
    }

    static List<String> rows(Session session, String sql) {
        List<StatementResult> results = session.executeScript(sql);
        return render(results.get(results.size() - 1));
    }

    static List<String> rows(Database database, String sql) {
        try (Session session = database.openSession()) {
            return rows(session, sql);
        }
    }

    static void run(Database database, String sql) {
        try (Session session = database.openSession()) {
            session.executeScript(sql);
        }
    }

    static List<String> render(StatementResult result) {
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
}
