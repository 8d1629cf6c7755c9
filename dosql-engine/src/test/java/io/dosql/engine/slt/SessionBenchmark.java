package io.dosql.engine.slt;

import io.dosql.engine.Database;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.PreparedStatementHandle;
import io.dosql.engine.RowCursor;
import io.dosql.engine.Session;
import java.util.List;
import java.util.SplittableRandom;

/** A rough W1–W8-like micro benchmark straight over the Session API, for finding engine hot spots. */
public final class SessionBenchmark {
    interface Operation {
        void run(SplittableRandom random);
    }

    public static void main(String[] arguments) {
        int rows = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100_000;
        Database database = Database.inMemory();
        Session session = database.openSession();
        session.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER NOT NULL, c VARCHAR(120) NOT NULL, pad VARCHAR(60) NOT NULL)");
        long start = System.nanoTime();
        session.setAutoCommit(false);
        PreparedStatementHandle insert = session.prepare("INSERT INTO t (id, k, c, pad) VALUES (?, ?, ?, ?)", GeneratedKeys.NONE);
        SplittableRandom random = new SplittableRandom(1);
        for (int id = 1; id <= rows; id++) {
            insert.execute(List.of(id, random.nextInt(rows), "c-" + id + "-" + "x".repeat(50), "pad"));
        }
        session.commit();
        session.setAutoCommit(true);
        report("W3 bulk insert rows/s", rows * 1e9 / (System.nanoTime() - start));
        PreparedStatementHandle one = session.prepare("SELECT 1", GeneratedKeys.NONE);
        measure("W0 select 1", r -> consume(one.execute(List.of()).rows()));
        PreparedStatementHandle constant = session.prepare("SELECT c FROM t WHERE id = 5", GeneratedKeys.NONE);
        measure("W0 point const", r -> consume(constant.execute(List.of()).rows()));
        PreparedStatementHandle point = session.prepare("SELECT c FROM t WHERE id = ?", GeneratedKeys.NONE);
        measure("W1 point select", r -> consume(point.execute(List.of(1 + r.nextInt(rows))).rows()));
        if (System.getProperty("only.w1") != null) {
            while (true) {
                consume(point.execute(List.of(1 + random.nextInt(rows))).rows());
            }
        }
        int[] next = {rows + 1};
        session.executeScript("CREATE TABLE t_ins (id INTEGER PRIMARY KEY, k INTEGER NOT NULL, c VARCHAR(120) NOT NULL, pad VARCHAR(60) NOT NULL)");
        PreparedStatementHandle single = session.prepare("INSERT INTO t_ins (id, k, c, pad) VALUES (?, ?, ?, ?)", GeneratedKeys.NONE);
        measure("W2 single insert", r -> single.execute(List.of(next[0]++, 5, "c", "p")));
        PreparedStatementHandle range = session.prepare("SELECT c FROM t WHERE id BETWEEN ? AND ? + 99", GeneratedKeys.NONE);
        measure("W4 range 100", r -> {
            int low = 1 + r.nextInt(rows - 100);
            consume(range.execute(List.of(low, low)).rows());
        });
        session.executeScript("CREATE INDEX t_k ON t (k)");
        PreparedStatementHandle secondary = session.prepare("SELECT id, c FROM t WHERE k = ?", GeneratedKeys.NONE);
        measure("W5 secondary", r -> consume(secondary.execute(List.of(r.nextInt(rows))).rows()));
        PreparedStatementHandle group = session.prepare(
                "SELECT k % 100, COUNT(*), SUM(id), AVG(LENGTH(c)) FROM t GROUP BY k % 100 HAVING COUNT(*) > ?", GeneratedKeys.NONE);
        measure("W6 group by", r -> consume(group.execute(List.of(0)).rows()));
        session.executeScript("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, region INTEGER NOT NULL);"
                + "CREATE TABLE orders (id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL, amount INTEGER NOT NULL, note VARCHAR(40) NOT NULL)");
        PreparedStatementHandle customer = session.prepare("INSERT INTO customers VALUES (?, ?, ?)", GeneratedKeys.NONE);
        for (int id = 1; id <= rows / 10; id++) {
            customer.execute(List.of(id, "name" + id, id % 100));
        }
        PreparedStatementHandle order = session.prepare("INSERT INTO orders VALUES (?, ?, ?, ?)", GeneratedKeys.NONE);
        for (int id = 1; id <= rows; id++) {
            order.execute(List.of(id, 1 + random.nextInt(rows / 10), random.nextInt(10_000), "note"));
        }
        session.executeScript("CREATE INDEX orders_cust ON orders (cust_id); ANALYZE");
        PreparedStatementHandle join = session.prepare("SELECT o.id, o.amount, c.name FROM orders o JOIN customers c ON c.id = o.cust_id"
                + " WHERE c.region = ? ORDER BY o.amount DESC, o.id LIMIT 10", GeneratedKeys.NONE);
        measure("W7 join top-10", r -> consume(join.execute(List.of(r.nextInt(100))).rows()));
        PreparedStatementHandle update = session.prepare("UPDATE t SET c = ? WHERE id = ?", GeneratedKeys.NONE);
        measure("W8 update by pk", r -> update.execute(List.of("u" + r.nextInt(), 1 + r.nextInt(rows))));
    }

    private static void consume(RowCursor cursor) {
        while (cursor.next()) {
            cursor.get(0);
        }
    }

    private static void measure(String name, Operation operation) {
        SplittableRandom random = new SplittableRandom(7);
        long warm = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warm) {
            operation.run(random);
        }
        long start = System.nanoTime();
        long end = start + 2_000_000_000L;
        long count = 0;
        long now;
        do {
            operation.run(random);
            count++;
        } while ((now = System.nanoTime()) < end);
        report(name + " ops/s", count * 1e9 / (now - start));
    }

    private static void report(String name, double value) {
        System.out.printf("%-28s %12.0f%n", name, value);
    }
}
