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
}
