package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.fsx.fault.FaultInjectingBackend;
import io.dosql.fsx.memory.MemoryBackend;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crashes (FaultInjectingBackend drops every unsynced write) and storage faults at random points,
 * including inside checkpoints: a reopen always sees exactly the last successful checkpoint.
 */
@Timeout(60)
class CrashRecoveryTest {
    private static final int PAGE_SIZE = 4096;
    private static final PagerOptions OPTIONS = new PagerOptions(512 * 1024);

    private FaultInjectingBackend faults;
    private TriggerBackend backend;
    private Pager pager;
    private BTree<Long, String> tree;
    private long treeId;
    private TreeMap<Long, String> model;
    private TreeMap<Long, String> durable;
    /** A second tree that is created, filled, cleared and dropped at random (the engine's DDL). */
    private BTree<String, String> side;
    private TreeMap<String, String> sideModel;
    private long durableSideId = -1;
    private TreeMap<String, String> durableSide;
    private int failedCheckpoints;
    private int succeededCheckpoints;

    private void start() {
        faults = new FaultInjectingBackend(new MemoryBackend(PAGE_SIZE));
        backend = new TriggerBackend(faults);
        pager = Pager.open(backend, "db", OPTIONS);
        tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
        treeId = tree.id();
        pager.checkpoint(metadataOf(new TreeMap<>()));
        model = new TreeMap<>();
        durable = new TreeMap<>();
    }

    private void randomOperations(Random random, int count, int op0) {
        for (int i = 0; i < count; i++) {
            long key = random.nextInt(3000);
            if (random.nextInt(10) < 6) {
                String value = BTreeModelTest.randomValue(random, key, op0 + i);
                tree.put(key, value);
                model.put(key, value);
            } else {
                tree.remove(key);
                model.remove(key);
            }
        }
    }

    private void crashAndReopen(boolean crash) {
        pager.close();
        backend.disarm();
        if (crash) {
            faults.crash();
        } else {
            faults.clearFaults();
        }
        pager = Pager.open(backend, "db", OPTIONS);
        tree = pager.openTree(treeId, TestTypes.LONG_KEY, TestTypes.STRING);
        model = new TreeMap<>(durable);
        TreeChecks.assertSameContent(tree, model);
        assertThat(pager.metadata()).isEqualTo(metadataOf(durable));
        if (side != null && side.id() != durableSideId) {
            long lostId = side.id();
            assertThatThrownBy(() -> pager.openTree(lostId, TestTypes.STRING_KEY, TestTypes.STRING))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        side = null;
        sideModel = null;
        if (durableSideId >= 0) {
            side = pager.openTree(durableSideId, TestTypes.STRING_KEY, TestTypes.STRING);
            sideModel = new TreeMap<>(durableSide);
            assertThat(side.size()).isEqualTo(sideModel.size());
            Cursor<String, String> cursor = side.cursor(null, true, null, true);
            for (var entry : sideModel.entrySet()) {
                assertThat(cursor.next()).isTrue();
                assertThat(cursor.key()).isEqualTo(entry.getKey());
                assertThat(cursor.value()).isEqualTo(entry.getValue());
            }
            assertThat(cursor.next()).isFalse();
        }
    }

    private void sideOperations(Random random) {
        int action = random.nextInt(6);
        if (side == null) {
            if (action < 3) {
                side = pager.createTree(TestTypes.STRING_KEY, TestTypes.STRING);
                sideModel = new TreeMap<>();
            }
            return;
        }
        if (action == 0) {
            pager.dropTree(side.id());
            side = null;
            sideModel = null;
        } else if (action == 1) {
            side.clear();
            sideModel.clear();
        } else {
            for (int i = random.nextInt(500); i > 0; i--) {
                String key = "k" + random.nextInt(2000);
                if (random.nextInt(4) == 0) {
                    assertThat(side.remove(key)).isEqualTo(sideModel.remove(key));
                } else {
                    String value = TestTypes.text(i, random.nextInt(50) == 0 ? 5000 : 30);
                    assertThat(side.put(key, value)).isEqualTo(sideModel.put(key, value));
                }
            }
        }
    }

    private static byte[] metadataOf(TreeMap<Long, String> state) {
        return ("size=" + state.size()).getBytes();
    }

    /** A checkpoint that may fail; on success the model becomes the durable state. */
    private boolean checkpoint() {
        try {
            pager.checkpoint(metadataOf(model));
        } catch (DoSqlException e) {
            assertThat(e.sqlState()).isIn("58030", "53100");
            failedCheckpoints++;
            return false;
        }
        succeededCheckpoints++;
        durable = new TreeMap<>(model);
        durableSideId = side == null ? -1 : side.id();
        durableSide = side == null ? null : new TreeMap<>(sideModel);
        return true;
    }

    /** 6 seeds; more with -Dbtree.stressSeeds=N (for hunting rare failures by hand). */
    static LongStream seeds() {
        return LongStream.range(11, 11 + Long.getLong("btree.stressSeeds", 6));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void faultsAndCrashesAtRandomPointsRecoverTheLastCheckpoint(long seed) {
        Random random = new Random(seed);
        start();
        int op = 0;
        for (int round = 0; round < 60; round++) {
            randomOperations(random, random.nextInt(400), op);
            op += 400;
            sideOperations(random);
            switch (random.nextInt(6)) {
                case 0 -> assertThat(checkpoint()).isTrue();
                case 1 -> crashAndReopen(true);
                case 2 -> {
                    int bytes = random.nextInt(PAGE_SIZE);
                    backend.beforeWrite(random.nextInt(60), () -> faults.tearNextWrite(bytes));
                    checkpoint();
                    backend.disarm();
                    crashAndReopen(true);
                }
                case 3 -> {
                    backend.beforeWrite(random.nextInt(60), faults::failNextWrite);
                    checkpoint();
                    backend.disarm();
                    afterFailure(random);
                }
                case 4 -> {
                    backend.beforeSync(random.nextInt(3), faults::failNextSync);
                    checkpoint();
                    backend.disarm();
                    afterFailure(random);
                }
                default -> {
                    faults.diskFullAfter(random.nextInt(100 * PAGE_SIZE));
                    checkpoint();
                    faults.clearFaults();
                    afterFailure(random);
                }
            }
        }
        assertThat(checkpoint()).isTrue();
        crashAndReopen(true);
        assertThat(failedCheckpoints).as("checkpoints failed by injected faults").isGreaterThan(5);
        assertThat(succeededCheckpoints).isGreaterThan(10);

        // no page leaked through failed attempts: with every tree dropped, all but headers and catalog are free
        pager.dropTree(treeId);
        if (side != null) {
            pager.dropTree(side.id());
        }
        pager.checkpoint(new byte[0]);
        pager.checkpoint(new byte[0]);
        assertThat(pager.stats().freePages()).isEqualTo(pager.stats().fileBytes() / PAGE_SIZE - 3);
        assertThat(pager.stats().cachedBytes()).isZero();
    }

    /** After a possibly failed checkpoint: crash, reopen without a crash, or go on with the trees in memory. */
    private void afterFailure(Random random) {
        switch (random.nextInt(3)) {
            case 0 -> crashAndReopen(true);
            case 1 -> crashAndReopen(false);
            default -> {
                TreeChecks.assertSameContent(tree, model);
                TreeChecks.assertStructure(tree, PAGE_SIZE);
            }
        }
    }

    @Test
    void tornHeaderWriteKeepsThePreviousCheckpoint() {
        start();
        tree.put(1L, "one");
        model.put(1L, "one");
        assertThat(checkpoint()).isTrue();
        tree.put(2L, "two");
        model.put(2L, "two");
        // the header is the only write after a checkpoint's first sync: tear it
        backend.beforeSync(0, () -> backend.beforeWrite(0, () -> faults.tearNextWrite(100)));
        assertThatThrownBy(() -> pager.checkpoint(metadataOf(model))).isInstanceOf(DoSqlException.class);
        crashAndReopen(true);
        assertThat(tree.get(2L)).isNull();
        assertThat(tree.get(1L)).isEqualTo("one");
    }

    @Test
    void failedCheckpointLeavesTheTreesUsableAndALaterOneSucceeds() {
        start();
        for (long i = 0; i < 5000; i++) {
            tree.put(i, "v" + i);
            model.put(i, "v" + i);
        }
        faults.failNextSync();
        assertThatThrownBy(() -> pager.checkpoint(metadataOf(model)))
                .isInstanceOfSatisfying(DoSqlException.class, e -> assertThat(e.sqlState()).isEqualTo("58030"));
        TreeChecks.assertSameContent(tree, model);
        for (long i = 0; i < 5000; i += 3) {
            tree.remove(i);
            model.remove(i);
        }
        assertThat(checkpoint()).isTrue();
        crashAndReopen(true);
    }
}
