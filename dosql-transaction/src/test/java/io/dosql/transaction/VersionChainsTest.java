package io.dosql.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionChainsTest {
    private final TransactionManager manager = new TransactionManager();
    private final VersionChains chains = new VersionChains();

    private static Object[] row(Object... values) {
        return values;
    }

    private static Object[] seen(VersionChains chains, long rowId, Snapshot snapshot) {
        Version visible = VersionChains.visible(chains.head(rowId), snapshot);
        return visible == null ? null : visible.row();
    }

    @Test
    void eachSnapshotSeesTheVersionCommittedBeforeIt() {
        Txn writer = manager.begin(IsolationLevel.READ_COMMITTED);
        Txn reader = manager.begin(IsolationLevel.REPEATABLE_READ);
        Snapshot old = manager.snapshot(reader);
        chains.push(7, row("a"), row("b"), writer, true);
        assertThat(seen(chains, 7, old)).containsExactly("a");
        assertThat(seen(chains, 7, manager.snapshot(writer))).containsExactly("b");
        long commitTs = manager.commit(writer);
        chains.committed(7, commitTs);
        assertThat(seen(chains, 7, old)).containsExactly("a");
        Snapshot later = manager.snapshot(manager.begin(IsolationLevel.READ_COMMITTED));
        assertThat(seen(chains, 7, later)).containsExactly("b");
    }

    @Test
    void anUncommittedInsertIsInvisibleToOthersAndPopGoesBack() {
        Txn writer = manager.begin(IsolationLevel.READ_COMMITTED);
        Snapshot other = manager.snapshot(manager.begin(IsolationLevel.READ_COMMITTED));
        chains.push(1, null, row("new"), writer, false);
        assertThat(seen(chains, 1, other)).isNull();
        chains.pop(1, writer);
        assertThat(chains.head(1)).isNull();
        assertThat(chains.isEmpty()).isTrue();
    }

    @Test
    void pruneWaitsForTheOldestSnapshotThenDropsTheChain() {
        Txn reader = manager.begin(IsolationLevel.REPEATABLE_READ);
        Snapshot old = manager.snapshot(reader);
        Txn writer = manager.begin(IsolationLevel.READ_COMMITTED);
        chains.push(3, row("x"), row("y"), writer, true);
        chains.committed(3, manager.commit(writer));
        List<Object[]> dropped = new ArrayList<>();
        chains.prune(manager.horizon(), (rowId, gone, kept, head) -> dropped.add(gone));
        assertThat(chains.head(3)).isNotNull();
        assertThat(dropped).isEmpty();
        manager.release(old);
        chains.prune(manager.horizon(), (rowId, gone, kept, head) -> dropped.add(gone));
        assertThat(chains.head(3)).isNull();
        assertThat(dropped).hasSize(1);
        assertThat(dropped.get(0)).containsExactly("x");
        assertThat(chains.hasCommittedPending()).isFalse();
    }

    @Test
    void anInsertRunStandsForAVersionPerRowUntilPruned() {
        java.util.Map<Long, Object[]> store = new java.util.HashMap<>();
        VersionChains runs = new VersionChains(store::get);
        Txn reader = manager.begin(IsolationLevel.REPEATABLE_READ);
        Snapshot old = manager.snapshot(reader);
        Txn writer = manager.begin(IsolationLevel.READ_COMMITTED);
        for (long rowId = 10; rowId < 20; rowId++) {
            store.put(rowId, row("r" + rowId));
            assertThat(runs.tryInsertRun(rowId, writer)).isTrue();
        }
        assertThat(runs.size()).isEqualTo(10);
        assertThat(runs.seesUnchained(15, old)).isFalse();
        assertThat(runs.seesUnchained(20, old)).isTrue();
        Snapshot own = manager.snapshot(writer);
        assertThat(seen(runs, 15, own)).containsExactly("r15");
        // An update of a run's row chains onto the run's version, which old snapshots still do not see.
        Object[] before = runs.head(12).row();
        store.put(12L, row("changed"));
        runs.push(12, before, row("changed"), writer, true);
        assertThat(seen(runs, 12, own)).containsExactly("changed");
        manager.release(own);
        assertThat(seen(runs, 12, old)).isNull();
        long commitTs = manager.commit(writer);
        runs.committed(12, commitTs);
        assertThat(runs.hasCommittedPending()).isTrue();
        runs.prune(manager.horizon(), (rowId, gone, kept, head) -> { });
        assertThat(seen(runs, 15, old)).isNull();
        Snapshot later = manager.snapshot(manager.begin(IsolationLevel.READ_COMMITTED));
        assertThat(seen(runs, 15, later)).containsExactly("r15");
        manager.release(later);
        manager.release(old);
        runs.prune(manager.horizon(), (rowId, gone, kept, head) -> { });
        assertThat(runs.isEmpty()).isTrue();
        assertThat(runs.head(15)).isNull();
        assertThat(runs.hasCommittedPending()).isFalse();
    }
}
