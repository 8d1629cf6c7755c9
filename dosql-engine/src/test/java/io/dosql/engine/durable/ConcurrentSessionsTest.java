package io.dosql.engine.durable;

import static io.dosql.engine.durable.DurableTestSupport.rows;
import static io.dosql.engine.durable.DurableTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.engine.Database;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Writers committing from several threads while readers scan: every commit survives reopen. */
@Timeout(120)
class ConcurrentSessionsTest {
    @TempDir
    Path directory;

    @Test
    void concurrentWritersAndReaders() throws Exception {
        int writers = 6;
        int perWriter = 60;
        DurableOptions options = DurableOptions.defaults().withBufferPoolBytes(1L << 20).withCheckpointWalBytes(64L << 10);
        try (Database database = Database.open(directory, options)) {
            run(database, "CREATE TABLE t (id int PRIMARY KEY, writer int, v text); CREATE INDEX t_writer ON t (writer)");
            ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
            try {
                List<Future<?>> tasks = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    int id = writer;
                    tasks.add(pool.submit(() -> {
                        try (Session session = database.openSession()) {
                            for (int row = 0; row < perWriter; row++) {
                                session.execute("INSERT INTO t VALUES ($1, $2, $3)",
                                        List.of(id * 1000 + row, id, "v".repeat(100) + row));
                                if (row % 10 == 9) {
                                    session.execute("DELETE FROM t WHERE id = $1", List.of(id * 1000 + row - 5));
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (int reader = 0; reader < 2; reader++) {
                    tasks.add(pool.submit(() -> {
                        try (Session session = database.openSession()) {
                            for (int scan = 0; scan < 40; scan++) {
                                rows(session, "SELECT count(*), sum(length(v)) FROM t");
                                rows(session, "SELECT count(*) FROM t WHERE writer = 1");
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> task : tasks) {
                    task.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(rows(database, "SELECT count(*) FROM t"))
                    .containsExactly(String.valueOf(writers * (perWriter - perWriter / 10)));
        }
        try (Database database = Database.open(directory, options)) {
            assertThat(rows(database, "SELECT count(*) FROM t"))
                    .containsExactly(String.valueOf(writers * (perWriter - perWriter / 10)));
            assertThat(rows(database, "SELECT count(*) FROM t WHERE writer = 3"))
                    .containsExactly(String.valueOf(perWriter - perWriter / 10));
        }
    }
}
