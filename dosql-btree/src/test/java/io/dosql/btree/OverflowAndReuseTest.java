package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.memory.MemoryBackend;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Large values in overflow chains, and reuse of freed pages so churn does not grow the file. */
@Timeout(60)
class OverflowAndReuseTest {
    private static final int PAGE_SIZE = 4096;

    @Test
    void tenMegabyteValueRoundTripsAcrossReopenAndItsPagesAreReused() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        byte[] big = new byte[10 << 20];
        new Random(42).nextBytes(big);
        long id;
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, byte[]> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.BYTES);
            id = tree.id();
            tree.put(1L, big);
            tree.put(2L, new byte[] {1, 2, 3});
            assertThat(tree.get(1L)).isEqualTo(big);
            pager.checkpoint(new byte[0]);
            assertThat(tree.get(1L)).isEqualTo(big);
            // after the checkpoint the leaf holds a reference, not the 10 MB
            assertThat(pager.stats().cachedBytes()).isLessThan(1 << 20);
        }
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, byte[]> tree = pager.openTree(id, TestTypes.LONG_KEY, TestTypes.BYTES);
            assertThat(tree.get(1L)).isEqualTo(big);
            assertThat(tree.get(2L)).containsExactly(1, 2, 3);
            long fileBytes = pager.stats().fileBytes();
            assertThat(fileBytes).isBetween(10L << 20, 11L << 20);

            assertThat(tree.put(1L, new byte[] {9})).isEqualTo(big);
            pager.checkpoint(new byte[0]);
            assertThat(pager.stats().freePages()).isGreaterThan((10 << 20) / PAGE_SIZE);
            byte[] other = new byte[(10 << 20) - 12345];
            new Random(7).nextBytes(other);
            tree.put(3L, other);
            pager.checkpoint(new byte[0]);
            assertThat(pager.stats().fileBytes()).isLessThanOrEqualTo(fileBytes + 4 * PAGE_SIZE);
            Cursor<Long, byte[]> cursor = tree.cursor(2L, false, null, true);
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.key()).isEqualTo(3L);
            assertThat(cursor.value()).isEqualTo(other);
            assertThat(tree.remove(3L)).isEqualTo(other);
        }
    }

    @Test
    void valuesAroundTheInlineLimitRoundTrip() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        int limit = PageFormat.maxInlineValueBytes(PAGE_SIZE);
        int chain = PAGE_SIZE - PageFormat.CHAIN_HEADER;
        int[] lengths = {0, 1, limit - 3, limit - 2, limit - 1, limit, limit + 1, chain - 2, chain, chain + 1,
            2 * chain - 2, 2 * chain + 5};
        TreeMap<Long, byte[]> model = new TreeMap<>();
        long id;
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, byte[]> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.BYTES);
            id = tree.id();
            Random random = new Random(3);
            for (long key = 0; key < 300; key++) {
                byte[] value = new byte[lengths[(int) (key % lengths.length)]];
                random.nextBytes(value);
                tree.put(key, value);
                model.put(key, value);
            }
            pager.checkpoint(new byte[0]);
        }
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, byte[]> tree = pager.openTree(id, TestTypes.LONG_KEY, TestTypes.BYTES);
            for (var entry : model.entrySet()) {
                assertThat(tree.get(entry.getKey())).as("key %d", entry.getKey()).isEqualTo(entry.getValue());
            }
            TreeChecks.assertStructure(tree, PAGE_SIZE);
        }
    }

    @Test
    void updateAndDeleteChurnWithCheckpointsKeepsTheFileBounded() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        Random random = new Random(5);
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            TreeMap<Long, String> model = new TreeMap<>();
            for (long key = 0; key < 20_000; key++) {
                String value = TestTypes.text(key, 100);
                tree.put(key, value);
                model.put(key, value);
            }
            pager.checkpoint(new byte[0]);
            long initialPages = pager.stats().fileBytes() / PAGE_SIZE;
            long maxPages = 0;
            for (int round = 0; round < 60; round++) {
                for (int i = 0; i < 2000; i++) {
                    long key = random.nextInt(40_000);
                    int action = random.nextInt(3);
                    if (action == 0) {
                        tree.remove(key);
                        model.remove(key);
                    } else {
                        String value = TestTypes.text(key + round, 60 + random.nextInt(80));
                        tree.put(key, value);
                        model.put(key, value);
                    }
                }
                if (round % 10 == 9) {
                    // a big value now and then, freed again later
                    tree.put(-1L, TestTypes.text(round, 100_000));
                    model.put(-1L, TestTypes.text(round, 100_000));
                }
                pager.checkpoint(new byte[0]);
                maxPages = Math.max(maxPages, pager.stats().fileBytes() / PAGE_SIZE);
            }
            long livePages = 0;
            for (var entry : model.entrySet()) {
                livePages += 12 + entry.getValue().length();
            }
            livePages = livePages / PAGE_SIZE;
            // every checkpoint rewrites most leaves, so the file holds about two versions of the tree
            assertThat(maxPages).as("max pages (initial %d, live data %d pages)", initialPages, livePages)
                    .isLessThan(4 * Math.max(initialPages, livePages));
            TreeChecks.assertSameContent(tree, model);
        }
    }
}
