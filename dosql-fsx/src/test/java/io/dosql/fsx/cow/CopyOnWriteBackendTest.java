package io.dosql.fsx.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.fsx.memory.MemoryBackend;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads fall through to the base, writes stay in the overlay, snapshots freeze. */
class CopyOnWriteBackendTest {
    private static final int PAGE_SIZE = 8;
    private MemoryBackend base;
    private CopyOnWriteBackend view;

    @BeforeEach
    void setUp() {
        base = new MemoryBackend(PAGE_SIZE);
        base.write("table", 0, bytes("aaaaaaaabbbbbbbbcccc"));
        view = new CopyOnWriteBackend(base);
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String readAll(io.dosql.fsx.StorageBackend backend, String name) {
        ByteBuffer buffer = ByteBuffer.allocate((int) backend.size(name));
        backend.read(name, 0, buffer);
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    @Test
    void readsFallThroughAndWritesNeverReachTheBase() {
        assertThat(readAll(view, "table")).isEqualTo("aaaaaaaabbbbbbbbcccc");
        view.write("table", 9, bytes("XY"));
        assertThat(readAll(view, "table")).isEqualTo("aaaaaaaabXYbbbbbcccc");
        assertThat(readAll(base, "table")).isEqualTo("aaaaaaaabbbbbbbbcccc");
        assertThat(view.overlayPageCount()).as("only the touched page is copied").isEqualTo(1);
    }

    @Test
    void snapshotIsFrozenWhileTheViewMovesOn() {
        view.write("table", 0, bytes("1"));
        CopyOnWriteBackend snapshot = view.snapshot();
        view.write("table", 0, bytes("2"));
        view.write("other", 0, bytes("new"));
        view.delete("table");

        assertThat(readAll(snapshot, "table")).isEqualTo("1aaaaaaabbbbbbbbcccc");
        assertThat(snapshot.exists("other")).isFalse();
        assertThat(view.exists("table")).isFalse();
        assertThat(view.list("")).containsExactly("other");
        assertThat(snapshot.list("")).containsExactly("table");
    }

    @Test
    void snapshotsAreReadOnly() {
        CopyOnWriteBackend snapshot = view.snapshot();
        assertThatThrownBy(() -> snapshot.write("table", 0, bytes("x")))
                .isInstanceOfSatisfying(DoSqlException.class, e -> assertThat(e.sqlState()).isEqualTo("58030"));
        assertThatThrownBy(() -> snapshot.delete("table")).isInstanceOf(DoSqlException.class);
    }

    @Test
    void truncateHidesBaseBytesEvenAfterRegrowing() {
        view.truncate("table", 4);
        view.write("table", 12, bytes("Z"));
        assertThat(readAll(view, "table")).isEqualTo("aaaa\0\0\0\0\0\0\0\0Z");
        assertThat(readAll(base, "table")).isEqualTo("aaaaaaaabbbbbbbbcccc");
    }

    @Test
    void renamedBaseObjectStillReadsItsBaseBytes() {
        view.rename("table", "moved");
        assertThat(view.exists("table")).isFalse();
        assertThat(readAll(view, "moved")).isEqualTo("aaaaaaaabbbbbbbbcccc");
        assertThat(base.exists("table")).isTrue();
    }
}
