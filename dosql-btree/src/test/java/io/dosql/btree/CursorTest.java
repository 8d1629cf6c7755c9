package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.fsx.memory.MemoryBackend;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cursors stay correct while the tree changes under them; limits on keys. */
@Timeout(60)
class CursorTest {
    private static final int PAGE_SIZE = 4096;

    @Test
    void cursorContinuesAfterTheLastReturnedKeyWhileTheTreeIsModified() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        Random random = new Random(21);
        try (Pager pager = Pager.open(backend, "db", new PagerOptions(128 * 1024))) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            TreeMap<Long, String> model = new TreeMap<>();
            for (long key = 0; key < 40_000; key += 2) {
                tree.put(key, "v" + key);
                model.put(key, "v" + key);
            }
            pager.checkpoint(new byte[0]);
            Cursor<Long, String> cursor = tree.cursor(100L, true, 30_000L, false);
            Long last = null;
            int steps = 0;
            while (true) {
                Long expected = last == null ? model.ceilingKey(100L) : model.higherKey(last);
                if (expected != null && expected >= 30_000L) {
                    expected = null;
                }
                boolean has = cursor.next();
                assertThat(has ? cursor.key() : null).as("step %d after %s", steps, last).isEqualTo(expected);
                if (!has) {
                    break;
                }
                assertThat(cursor.value()).isEqualTo(model.get(expected));
                last = expected;
                steps++;
                switch (random.nextInt(8)) {
                    case 0 -> { // delete the current row (the engine's DELETE ... WHERE scan)
                        tree.remove(last);
                        model.remove(last);
                    }
                    case 1 -> { // update the current row, with a value that may split its leaf
                        String value = TestTypes.text(last, random.nextInt(900));
                        tree.put(last, value);
                        model.put(last, value);
                    }
                    case 2 -> { // insert ahead
                        long key = last + 1 + random.nextInt(50);
                        tree.put(key, "ins" + key);
                        model.put(key, "ins" + key);
                    }
                    case 3 -> { // insert behind: never seen
                        long key = Math.max(0, last - 1 - random.nextInt(50));
                        tree.put(key, "behind" + key);
                        model.put(key, "behind" + key);
                    }
                    case 4 -> { // delete a run ahead
                        for (long key = last + 1; key < last + 200; key++) {
                            tree.remove(key);
                            model.remove(key);
                        }
                    }
                    case 5 -> {
                        if (random.nextInt(50) == 0) {
                            pager.checkpoint(new byte[0]);
                        }
                    }
                    default -> {
                    }
                }
            }
            assertThat(steps).isGreaterThan(1000);
            TreeChecks.assertStructure(tree, PAGE_SIZE);
            TreeChecks.assertSameContent(tree, model);
        }
    }

    @Test
    void exclusiveBoundsAndEmptyRanges() {
        try (Pager pager = Pager.open(new MemoryBackend(PAGE_SIZE), "db", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            assertThat(tree.cursor(null, true, null, true).next()).isFalse();
            for (long key = 0; key < 10; key++) {
                tree.put(key, "v" + key);
            }
            Cursor<Long, String> cursor = tree.cursor(3L, false, 6L, false);
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.key()).isEqualTo(4L);
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.key()).isEqualTo(5L);
            assertThat(cursor.next()).isFalse();
            assertThat(cursor.next()).isFalse();
            assertThat(tree.cursor(7L, true, 3L, true).next()).isFalse();
            assertThat(tree.cursor(20L, true, null, true).next()).isFalse();
            Cursor<Long, String> upTo = tree.cursor(null, true, 0L, true);
            assertThat(upTo.next()).isTrue();
            assertThat(upTo.value()).isEqualTo("v0");
            assertThat(upTo.next()).isFalse();
        }
    }

    @Test
    void keyLargerThanAQuarterPageIsRejectedWith54000() {
        try (Pager pager = Pager.open(new MemoryBackend(PAGE_SIZE), "db", PagerOptions.defaults())) {
            BTree<String, String> tree = pager.createTree(TestTypes.STRING_KEY, TestTypes.STRING);
            String largest = "k".repeat(PageFormat.maxKeyBytes(PAGE_SIZE) - 2);
            tree.put(largest, "fits");
            assertThat(tree.get(largest)).isEqualTo("fits");
            assertThatThrownBy(() -> tree.put("k".repeat(2000), "too big"))
                    .isInstanceOfSatisfying(DoSqlException.class, e -> {
                        assertThat(e.sqlState()).isEqualTo("54000");
                        assertThat(e.getMessage()).isEqualTo("index row size 2002 exceeds maximum "
                                + PageFormat.maxKeyBytes(PAGE_SIZE) + " for index");
                    });
            assertThat(tree.size()).isEqualTo(1);
        }
    }

    @Test
    void largeKeysStillSplitIntoFittingPages() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        Random random = new Random(4);
        TreeMap<String, String> model = new TreeMap<>();
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<String, String> tree = pager.createTree(TestTypes.STRING_KEY, TestTypes.STRING);
            for (int i = 0; i < 3000; i++) {
                String key = random.nextInt(2000) + "-" + "x".repeat(random.nextInt(PageFormat.maxKeyBytes(PAGE_SIZE) - 10));
                String value = "y".repeat(random.nextInt(PageFormat.maxInlineValueBytes(PAGE_SIZE)));
                if (random.nextInt(4) == 0) {
                    assertThat(tree.remove(key)).isEqualTo(model.remove(key));
                } else {
                    assertThat(tree.put(key, value)).isEqualTo(model.put(key, value));
                }
            }
            TreeChecks.assertStructure(tree, PAGE_SIZE);
            pager.checkpoint(new byte[0]);
            for (var entry : model.entrySet()) {
                assertThat(tree.get(entry.getKey())).isEqualTo(entry.getValue());
            }
            assertThat(tree.size()).isEqualTo(model.size());
        }
    }
}
