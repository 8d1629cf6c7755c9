package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.memory.MemoryBackend;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random operations against java.util.TreeMap, with checkpoints and reopens at random points. */
@Timeout(60)
class BTreeModelTest {
    private static final int PAGE_SIZE = 4096;

    /** 4 seeds; more with -Dbtree.stressSeeds=N (for hunting rare failures by hand). */
    static LongStream seeds() {
        return LongStream.range(1, 1 + Long.getLong("btree.stressSeeds", 4));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomOperationsMatchTreeMapAcrossCheckpointsAndReopens(long seed) {
        Random random = new Random(seed);
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        long keySpace = seed % 2 == 0 ? 500 : 5000;
        PagerOptions options = new PagerOptions(seed % 4 == 3 ? 256 * 1024 : 8 << 20);
        Pager pager = Pager.open(backend, "db", options);
        KeyType<Long> keyType = seed % 2 == 0 ? TestTypes.LONG_KEY_VIA_COMPARATOR : TestTypes.LONG_KEY;
        BTree<Long, String> tree = pager.createTree(keyType, TestTypes.STRING);
        long treeId = tree.id();
        pager.checkpoint(new byte[0]);
        TreeMap<Long, String> model = new TreeMap<>();
        TreeMap<Long, String> checkpointed = new TreeMap<>();
        for (int op = 0; op < 30_000; op++) {
            int action = random.nextInt(100);
            long key = random.nextInt((int) keySpace);
            if (action < 55) {
                String value = randomValue(random, key, op);
                assertThat(tree.put(key, value)).isEqualTo(model.put(key, value));
            } else if (action < 85) {
                assertThat(tree.remove(key)).isEqualTo(model.remove(key));
            } else if (action < 97) {
                assertThat(tree.get(key)).isEqualTo(model.get(key));
            } else if (action < 99) {
                TreeChecks.assertRange(tree, model, random, keySpace);
            } else if (random.nextBoolean()) {
                pager.checkpoint(("meta" + op).getBytes());
                checkpointed = new TreeMap<>(model);
                TreeChecks.assertStructure(tree, PAGE_SIZE);
            } else {
                boolean saveFirst = random.nextBoolean();
                if (saveFirst) {
                    pager.checkpoint(("meta" + op).getBytes());
                    checkpointed = new TreeMap<>(model);
                }
                byte[] expectedMetadata = pager.metadata();
                pager.close();
                pager = Pager.open(backend, "db", options);
                assertThat(pager.metadata()).isEqualTo(expectedMetadata);
                tree = pager.openTree(treeId, keyType, TestTypes.STRING);
                model = new TreeMap<>(checkpointed);
                TreeChecks.assertSameContent(tree, model);
            }
        }
        TreeChecks.assertStructure(tree, PAGE_SIZE);
        TreeChecks.assertSameContent(tree, model);
        pager.checkpoint(new byte[0]);
        pager.close();
        pager = Pager.open(backend, "db", options);
        TreeChecks.assertSameContent(pager.openTree(treeId, keyType, TestTypes.STRING), model);
        pager.dropTree(treeId);
        pager.checkpoint(new byte[0]);
        assertThat(pager.stats().cachedBytes()).as("pool accounting after drop").isZero();
        assertThat(pager.stats().dirtyBytes()).isZero();
        // everything but the catalog page is free now
        assertThat(pager.stats().freePages()).isEqualTo(pager.stats().fileBytes() / PAGE_SIZE - 3);
    }

    static String randomValue(Random random, long key, int op) {
        int kind = random.nextInt(100);
        int length = kind < 85 ? random.nextInt(60) : kind < 98 ? 200 + random.nextInt(800) : 1000 + random.nextInt(20_000);
        return op + ":" + TestTypes.text(key, length);
    }

    @Test
    void ascendingInsertsFillPagesAndSurviveReopen() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        Pager pager = Pager.open(backend, "db", PagerOptions.defaults());
        BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
        TreeMap<Long, String> model = new TreeMap<>();
        for (long key = 0; key < 50_000; key++) {
            String value = "row " + key;
            tree.put(key, value);
            model.put(key, value);
        }
        TreeChecks.assertStructure(tree, PAGE_SIZE);
        pager.checkpoint(new byte[0]);
        // 50,000 entries of ~19 bytes: about 235 full leaves; balanced splits would need ~470
        assertThat(pager.stats().fileBytes() / PAGE_SIZE).isLessThan(300);
        pager.close();
        pager = Pager.open(backend, "db", PagerOptions.defaults());
        TreeChecks.assertSameContent(pager.openTree(tree.id(), TestTypes.LONG_KEY, TestTypes.STRING), model);
    }

    @Test
    void severalTreesAndMetadataPersistIndependently() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        Pager pager = Pager.open(backend, "db", PagerOptions.defaults());
        assertThat(pager.metadata()).isEmpty();
        BTree<Long, String> numbers = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
        BTree<String, String> names = pager.createTree(TestTypes.STRING_KEY, TestTypes.STRING);
        BTree<Long, String> doomed = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
        assertThat(names.id()).isNotEqualTo(numbers.id());
        for (long i = 0; i < 2000; i++) {
            numbers.put(i, "n" + i);
            names.put("name-" + i, "v" + i);
            doomed.put(i, "d" + i);
        }
        pager.checkpoint(new byte[] {1, 2, 3});
        pager.dropTree(doomed.id());
        names.remove("name-7");
        pager.checkpoint(new byte[] {4, 5});
        pager.close();

        pager = Pager.open(backend, "db", PagerOptions.defaults());
        assertThat(pager.metadata()).containsExactly(4, 5);
        BTree<String, String> reopened = pager.openTree(names.id(), TestTypes.STRING_KEY, TestTypes.STRING);
        assertThat(reopened.size()).isEqualTo(1999);
        assertThat(reopened.get("name-7")).isNull();
        assertThat(reopened.get("name-8")).isEqualTo("v8");
        assertThat(pager.openTree(numbers.id(), TestTypes.LONG_KEY, TestTypes.STRING).get(1999L)).isEqualTo("n1999");
        long doomedId = doomed.id();
        Pager finalPager = pager;
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> finalPager.openTree(doomedId, TestTypes.LONG_KEY, TestTypes.STRING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearEmptiesTheTreeAndFreesItsPages() {
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        Pager pager = Pager.open(backend, "db", PagerOptions.defaults());
        BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
        for (long i = 0; i < 20_000; i++) {
            tree.put(i, TestTypes.text(i, 30));
        }
        pager.checkpoint(new byte[0]);
        long pagesBefore = pager.stats().fileBytes() / PAGE_SIZE;
        tree.clear();
        assertThat(tree.size()).isZero();
        assertThat(tree.firstKey()).isNull();
        assertThat(tree.cursor(null, true, null, true).next()).isFalse();
        pager.checkpoint(new byte[0]);
        assertThat(pager.stats().freePages()).isGreaterThan(pagesBefore - 10);
        for (long i = 0; i < 20_000; i++) {
            tree.put(i, TestTypes.text(i, 30));
        }
        pager.checkpoint(new byte[0]);
        assertThat(pager.stats().fileBytes() / PAGE_SIZE).isLessThanOrEqualTo(pagesBefore + 5);
        assertThat(tree.get(12_345L)).isEqualTo(TestTypes.text(12_345, 30));
    }
}
