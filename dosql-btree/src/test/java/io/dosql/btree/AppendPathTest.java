package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.memory.MemoryBackend;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mostly ascending inserts (the remembered-rightmost-leaf path of {@link BTree#put}) mixed with removals
 * at the end and in the middle, replacements, checkpoints and reopens, against java.util.TreeMap.
 */
@Timeout(60)
class AppendPathTest {
    private static final int PAGE_SIZE = 4096;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void ascendingInsertsMatchTreeMap(long seed) {
        Random random = new Random(seed);
        MemoryBackend backend = new MemoryBackend(PAGE_SIZE);
        PagerOptions options = new PagerOptions(seed % 2 == 0 ? 256 * 1024 : 8 << 20);
        KeyType<Long> keyType = seed % 2 == 0 ? TestTypes.LONG_KEY_VIA_COMPARATOR : TestTypes.LONG_KEY;
        Pager pager = Pager.open(backend, "db", options);
        BTree<Long, String> tree = pager.createTree(keyType, TestTypes.STRING);
        long treeId = tree.id();
        pager.checkpoint(new byte[0]);
        TreeMap<Long, String> model = new TreeMap<>();
        TreeMap<Long, String> checkpointed = new TreeMap<>();
        long next = 0;
        for (int op = 0; op < 25_000; op++) {
            int action = random.nextInt(1000);
            if (action < 900) {
                String value = TestTypes.text(next, 1 + random.nextInt(seed == 3 ? 1500 : 60));
                assertThat(tree.put(next, value)).isEqualTo(model.put(next, value));
                next += 1 + random.nextInt(3);
            } else if (action < 930 && !model.isEmpty()) {
                long last = model.lastKey();
                assertThat(tree.remove(last)).isEqualTo(model.remove(last));
                if (random.nextBoolean()) {
                    next = last; // the next append reuses the removed key
                }
            } else if (action < 960 && next > 0) {
                long key = random.nextLong(next);
                assertThat(tree.remove(key)).isEqualTo(model.remove(key));
            } else if (action < 980 && next > 0) {
                long key = random.nextLong(next);
                String value = "replaced " + op;
                assertThat(tree.put(key, value)).isEqualTo(model.put(key, value));
            } else if (action < 995) {
                assertThat(tree.lastKey()).isEqualTo(model.isEmpty() ? null : model.lastKey());
                TreeChecks.assertRange(tree, model, random, Math.max(1, next));
            } else if (action < 998) {
                pager.checkpoint(("meta" + op).getBytes());
                checkpointed = new TreeMap<>(model);
                TreeChecks.assertStructure(tree, PAGE_SIZE);
            } else {
                pager.close();
                pager = Pager.open(backend, "db", options);
                tree = pager.openTree(treeId, keyType, TestTypes.STRING);
                model = new TreeMap<>(checkpointed);
                next = model.isEmpty() ? 0 : model.lastKey() + 1;
                TreeChecks.assertSameContent(tree, model);
            }
        }
        TreeChecks.assertStructure(tree, PAGE_SIZE);
        TreeChecks.assertSameContent(tree, model);
        assertThat(tree.size()).isEqualTo(model.size());
        pager.checkpoint(new byte[0]);
        pager.close();
        pager = Pager.open(backend, "db", options);
        TreeChecks.assertSameContent(pager.openTree(treeId, keyType, TestTypes.STRING), model);
        pager.close();
    }
}
