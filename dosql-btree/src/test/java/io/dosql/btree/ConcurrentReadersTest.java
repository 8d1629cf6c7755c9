package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many threads reading (get and cursors) while the small pool loads and evicts nodes under them. */
class ConcurrentReadersTest {
    @Test
    @Timeout(60)
    void concurrentGetsAndScansSeeTheRightValuesWhileThePoolEvicts() throws Exception {
        MemoryBackend backend = new MemoryBackend(4096);
        int rows = 60_000;
        try (Pager pager = Pager.open(backend, "db", new PagerOptions(256 * 1024))) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            for (long key = 0; key < rows; key++) {
                tree.put(key, TestTypes.text(key, 40));
                if (key % 10_000 == 9_999) {
                    pager.checkpoint(new byte[0]);
                }
            }
            pager.checkpoint(new byte[0]);
            ExecutorService executor = Executors.newFixedThreadPool(4);
            try {
                List<Future<Long>> results = new ArrayList<>();
                for (int thread = 0; thread < 4; thread++) {
                    int seed = thread;
                    results.add(executor.submit(() -> {
                        Random random = new Random(seed);
                        long checked = 0;
                        for (int i = 0; i < 30_000; i++) {
                            long key = random.nextInt(rows);
                            if (!TestTypes.text(key, 40).equals(tree.get(key))) {
                                throw new AssertionError("wrong value for " + key);
                            }
                            checked++;
                            if (i % 1000 == 0) {
                                long from = random.nextInt(rows);
                                Cursor<Long, String> cursor = tree.cursor(from, true, from + 500, false);
                                long expected = from;
                                while (cursor.next()) {
                                    if (cursor.key() != expected || !cursor.value().equals(TestTypes.text(expected, 40))) {
                                        throw new AssertionError("scan from " + from + " at " + expected);
                                    }
                                    expected++;
                                }
                                if (expected != Math.min(rows, from + 500)) {
                                    throw new AssertionError("scan from " + from + " ended at " + expected);
                                }
                            }
                        }
                        return checked;
                    }));
                }
                for (Future<Long> result : results) {
                    assertThat(result.get(50, TimeUnit.SECONDS)).isEqualTo(30_000L);
                }
            } finally {
                executor.shutdownNow();
            }
            assertThat(pager.stats().cachedBytes()).isLessThanOrEqualTo(256 * 1024);
        }
    }
}
