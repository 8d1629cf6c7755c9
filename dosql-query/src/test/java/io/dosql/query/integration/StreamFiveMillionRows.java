package io.dosql.query.integration;

import io.dosql.query.DoQuery;
import static io.dosql.query.expression.Expressions.identifier;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Child-JVM program for {@link StreamingMemoryTest}: streams N rows from PostgreSQL's generate_series (DoSQL's
 * with argument {@code dosql}, MariaDB's seq_1_to_N with {@code mariadb}) through the raw-SQL stream and
 * reports the row count, the id sum and the peak heap use.
 * Run with -Xmx64m: materialising the rows would need far more than 64 MB.
 */
public final class StreamFiveMillionRows {
    private StreamFiveMillionRows() {
    }

    public static void main(String[] arguments) {
        long rows = Long.parseLong(arguments[0]);
        String database = arguments.length > 1 ? arguments[1] : "postgres";
        AtomicLong count = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        Runtime runtime = Runtime.getRuntime();
        long sum;
        // MariaDB's SEQUENCE engine plays generate_series: table seq_1_to_N
        String generateSeries = "select g as id, 'row number ' || g as label from generate_series(1, {0}) as g";
        Stream<Map<String, Object>> rowStream;
        if (database.equals("mariadb")) {
            rowStream = DoQuery.mysql(TestServers.mariadb()).sql("select seq as id, concat('row number ', seq) as label"
                + " from {0}", identifier("seq_1_to_" + rows)).stream(5000);
        } else if (database.equals("dosql")) {
            rowStream = DoQuery.dosql(openDoSql()).sql(generateSeries, rows).stream(5000);
        } else {
            rowStream = DoQuery.postgres(TestServers.postgres()).sql(generateSeries, rows).stream(5000);
        }
        try (Stream<Map<String, Object>> stream = rowStream) {
            sum = stream.mapToLong(row -> {
                if (count.incrementAndGet() % 100_000 == 0) {
                    peakHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                }
                return ((Number) row.get("id")).longValue();
            }).sum();
        }
        System.out.println("rows=" + count.get() + " sum=" + sum + " peakHeapMb=" + peakHeap.get() / (1024 * 1024)
            + " maxHeapMb=" + runtime.maxMemory() / (1024 * 1024));
    }

    private static DoSqlMemoryDataSource openDoSql() {
        try {
            return new DoSqlMemoryDataSource("stream");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
