package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.memory.MemoryBackend;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The pool stays within its budget for a tree many times its size when the caller checkpoints. */
@Timeout(60)
class BufferPoolTest {
    private static final int PAGE_SIZE = 4096;
    private static final long POOL = 1 << 20;

    @Test
    void treeTwelveTimesThePoolStaysWithinTheBudgetAfterEachCheckpoint() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        Random random = new Random(9);
        int rows = 100_000;
        try (Pager pager = Pager.open(backend, "db", new PagerOptions(POOL))) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            for (int i = 0; i < rows; i++) {
                long key = (long) i * 7919 % rows; // scattered inserts touch many leaves
                tree.put(key, TestTypes.text(key, 110));
                if (i % 3000 == 2999) {
                    pager.checkpoint(new byte[0]);
                    PagerStats stats = pager.stats();
                    assertThat(stats.dirtyBytes()).isZero();
                    assertThat(stats.cachedBytes()).as("cached after checkpoint %d", i).isLessThanOrEqualTo(POOL);
                }
            }
            pager.checkpoint(new byte[0]);
            PagerStats stats = pager.stats();
            assertThat(stats.fileBytes()).isGreaterThan(12 * POOL);
            long readsBefore = stats.pagesRead();
            for (int i = 0; i < 20_000; i++) {
                long key = random.nextInt(rows);
                assertThat(tree.get(key)).isEqualTo(TestTypes.text(key, 110));
            }
            Cursor<Long, String> cursor = tree.cursor(null, true, null, true);
            long count = 0;
            while (cursor.next()) {
                assertThat(cursor.key()).isEqualTo(count);
                count++;
            }
            assertThat(count).isEqualTo(rows);
            stats = pager.stats();
            assertThat(stats.cachedBytes()).isLessThanOrEqualTo(POOL);
            assertThat(stats.pagesRead()).as("evicted pages are read again").isGreaterThan(readsBefore + 1000);

            // exact accounting: nothing of a dropped tree stays charged to the pool
            pager.dropTree(tree.id());
            pager.checkpoint(new byte[0]);
            stats = pager.stats();
            assertThat(stats.cachedBytes()).isZero();
            assertThat(stats.dirtyBytes()).isZero();
            // the second checkpoint moves the catalog to a low page and cuts the free tail off
            pager.checkpoint(new byte[0]);
            assertThat(pager.stats().fileBytes()).isEqualTo(3 * PAGE_SIZE);
            assertThat(backend.size("db")).isEqualTo(3 * PAGE_SIZE);
        }
    }

    @Test
    void dirtyBytesGrowUntilTheCheckpointReleasesThem() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        try (Pager pager = Pager.open(backend, "db", new PagerOptions(POOL))) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            for (long i = 0; i < 20_000; i++) {
                tree.put(i, TestTypes.text(i, 100));
            }
            assertThat(pager.stats().dirtyBytes()).isGreaterThan(POOL);
            assertThat(pager.stats().cachedBytes()).isGreaterThanOrEqualTo(pager.stats().dirtyBytes());
            pager.checkpoint(new byte[0]);
            assertThat(pager.stats().dirtyBytes()).isZero();
            assertThat(pager.stats().cachedBytes()).isLessThanOrEqualTo(POOL);
            assertThat(tree.get(12_345L)).isEqualTo(TestTypes.text(12_345, 100));
        }
    }
}
