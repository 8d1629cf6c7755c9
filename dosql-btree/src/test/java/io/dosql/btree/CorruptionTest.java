package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.fsx.memory.MemoryBackend;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** A flipped byte in any page is reported as XX001 naming the page; a bad header falls back to the other. */
class CorruptionTest {
    private static final int PAGE_SIZE = 4096;

    private final MemoryBackend backend = new MemoryBackend(PAGE_SIZE);

    private long populate(int rows, int valueLength) {
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            for (long i = 0; i < rows; i++) {
                tree.put(i, TestTypes.text(i, valueLength));
            }
            pager.checkpoint(new byte[] {7});
            return tree.id();
        }
    }

    private void flipByte(long page, int offset) {
        ByteBuffer one = ByteBuffer.allocate(1);
        backend.read("db", page * PAGE_SIZE + offset, one);
        one.flip();
        byte value = one.get();
        backend.write("db", page * PAGE_SIZE + offset, ByteBuffer.wrap(new byte[] {(byte) (value ^ 0x10)}));
    }

    private static void assertCorrupted(Throwable thrown, long page) {
        assertThat(thrown).isInstanceOf(DoSqlException.class);
        DoSqlException e = (DoSqlException) thrown;
        assertThat(e.sqlState()).isEqualTo("XX001");
        assertThat(e.getMessage()).contains("block " + page).contains("db");
    }

    @Test
    void corruptLeafPageIsReportedWhenRead() {
        long id = populate(10_000, 20);
        long leafPage;
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.openTree(id, TestTypes.LONG_KEY, TestTypes.STRING);
            InnerNode root = (InnerNode) tree.root();
            leafPage = root.childPages[1];
        }
        flipByte(leafPage, 300);
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.openTree(id, TestTypes.LONG_KEY, TestTypes.STRING);
            assertThat(tree.get(0L)).isEqualTo(TestTypes.text(0, 20)); // other pages still read
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
                Cursor<Long, String> cursor = tree.cursor(null, true, null, true);
                while (cursor.next()) {
                    cursor.value();
                }
            });
            assertCorrupted(thrown, leafPage);
        }
    }

    @Test
    void corruptRootPageIsReportedWhenTheTreeIsOpened() {
        long id = populate(100, 10);
        long rootPage;
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            rootPage = pager.openTree(id, TestTypes.LONG_KEY, TestTypes.STRING).root().page;
        }
        flipByte(rootPage, PAGE_SIZE - 1);
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            assertCorrupted(org.assertj.core.api.Assertions.catchThrowable(
                    () -> pager.openTree(id, TestTypes.LONG_KEY, TestTypes.STRING)), rootPage);
        }
    }

    @Test
    void corruptOverflowPageIsReportedWhenTheValueIsRead() {
        long id;
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.createTree(TestTypes.LONG_KEY, TestTypes.STRING);
            tree.put(1L, TestTypes.text(1, 50_000));
            pager.checkpoint(new byte[0]);
            id = tree.id();
        }
        long overflowPage;
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            LeafNode root = (LeafNode) pager.openTree(id, TestTypes.LONG_KEY, TestTypes.STRING).root();
            overflowPage = ((OverflowReference) root.values[0]).firstPage();
        }
        flipByte(overflowPage, 2000);
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.openTree(id, TestTypes.LONG_KEY, TestTypes.STRING);
            assertThat(tree.firstKey()).isEqualTo(1L);
            assertCorrupted(org.assertj.core.api.Assertions.catchThrowable(() -> tree.get(1L)), overflowPage);
        }
    }

    @Test
    void bothHeadersCorruptIsReportedAtOpen() {
        populate(1000, 10);
        flipByte(0, 50);
        flipByte(1, 50);
        assertThatThrownBy(() -> Pager.open(backend, "db", PagerOptions.defaults()))
                .isInstanceOfSatisfying(DoSqlException.class, e -> assertThat(e.sqlState()).isEqualTo("XX001"));
    }

    @Test
    void corruptNewestHeaderFallsBackToThePreviousCheckpoint() {
        long id = populate(1000, 10);
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            BTree<Long, String> tree = pager.openTree(id, TestTypes.LONG_KEY, TestTypes.STRING);
            tree.put(5000L, "late");
            pager.checkpoint(new byte[] {8});
        }
        long newestSlot = findNewestHeaderSlot();
        flipByte(newestSlot, 40);
        try (Pager pager = Pager.open(backend, "db", PagerOptions.defaults())) {
            assertThat(pager.metadata()).containsExactly(7);
            BTree<Long, String> tree = pager.openTree(id, TestTypes.LONG_KEY, TestTypes.STRING);
            assertThat(tree.get(5000L)).isNull();
            assertThat(tree.size()).isEqualTo(1000);
        }
    }

    private long findNewestHeaderSlot() {
        byte[] first = new byte[PAGE_SIZE];
        byte[] second = new byte[PAGE_SIZE];
        backend.readPage("db", 0, ByteBuffer.wrap(first));
        backend.readPage("db", 1, ByteBuffer.wrap(second));
        Header h0 = Header.decode(first, 0);
        Header h1 = Header.decode(second, 1);
        return h0.generation() > h1.generation() ? 0 : 1;
    }
}
