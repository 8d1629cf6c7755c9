package io.dosql.query.integration;

import io.dosql.query.DoQuery;
import io.dosql.query.PostgresDb;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Child-JVM program for {@link StreamingMemoryTest}: streams 5 million rows from PostgreSQL's
 * generate_series through the raw-SQL stream and reports the row count, the id sum and the peak heap use.
 * Run with -Xmx64m: materialising the rows would need far more than 64 MB.
 */
public final class StreamFiveMillionRows {
    private StreamFiveMillionRows() {
    }

    public static void main(String[] arguments) {
        long rows = Long.parseLong(arguments[0]);
        PostgresDb db = DoQuery.postgres(TestServers.postgres());
        AtomicLong count = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        Runtime runtime = Runtime.getRuntime();
        long sum;
        try (Stream<Map<String, Object>> stream = db.sql(
            "select g as id, 'row number ' || g as label from generate_series(1, {0}) as g", rows).stream(5000)) {
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
}
