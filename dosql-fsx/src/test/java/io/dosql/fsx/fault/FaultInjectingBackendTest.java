package io.dosql.fsx.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.fsx.memory.MemoryBackend;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each injected fault does what it says, and a crash keeps exactly the synced state. */
class FaultInjectingBackendTest {
    private FaultInjectingBackend backend;

    @BeforeEach
    void setUp() {
        backend = new FaultInjectingBackend(new MemoryBackend(16));
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private String readAll(String name) {
        ByteBuffer buffer = ByteBuffer.allocate((int) backend.size(name));
        backend.read(name, 0, buffer);
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    @Test
    void crashDropsUnsyncedWritesPerObject() {
        backend.write("a", 0, bytes("synced"));
        backend.sync("a");
        backend.write("a", 6, bytes("+lost"));
        backend.write("a", 0, bytes("S"));
        backend.write("b", 0, bytes("b synced"));
        backend.sync("b");
        backend.truncate("b", 1);
        backend.write("c", 0, bytes("never synced"));

        assertThat(readAll("a")).isEqualTo("Synced+lost");
        backend.crash();

        assertThat(readAll("a")).isEqualTo("synced");
        assertThat(readAll("b")).isEqualTo("b synced");
        assertThat(backend.exists("c")).as("creation is durable, content is not").isTrue();
        assertThat(backend.size("c")).isZero();
    }

    @Test
    void renameAndDeleteAreDurableImmediately() {
        backend.write("new", 0, bytes("content"));
        backend.sync("new");
        backend.write("gone", 0, bytes("x"));
        backend.sync("gone");
        backend.rename("new", "current");
        backend.delete("gone");
        backend.crash();
        assertThat(backend.list("")).containsExactly("current");
        assertThat(readAll("current")).isEqualTo("content");
    }

    @Test
    void tornWriteKeepsOnlyAPrefixDurably() {
        backend.write("page", 0, bytes("AAAAAAAAAAAAAAAA"));
        backend.sync("page");
        backend.tearNextWrite(5);
        assertThatThrownBy(() -> backend.write("page", 0, bytes("BBBBBBBBBBBBBBBB")))
                .isInstanceOfSatisfying(DoSqlException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR))
                .hasMessageContaining("torn write");
        backend.crash();
        assertThat(readAll("page")).isEqualTo("BBBBBAAAAAAAAAAA");
        backend.write("page", 0, bytes("C"));
        assertThat(readAll("page")).as("the fault is one-shot").isEqualTo("CBBBBAAAAAAAAAAA");
    }

    @Test
    void failedWriteStoresNothing() {
        backend.write("a", 0, bytes("before"));
        backend.failNextWrite();
        assertThatThrownBy(() -> backend.write("a", 0, bytes("after!")))
                .isInstanceOfSatisfying(DoSqlException.class, e -> assertThat(e.sqlState()).isEqualTo("58030"));
        assertThat(readAll("a")).isEqualTo("before");
        backend.write("a", 0, bytes("after!"));
        assertThat(readAll("a")).isEqualTo("after!");
    }

    @Test
    void failedSyncMakesNothingDurable() {
        backend.write("a", 0, bytes("one"));
        backend.sync("a");
        backend.write("a", 0, bytes("two"));
        backend.failNextSync();
        assertThatThrownBy(() -> backend.sync("a"))
                .isInstanceOfSatisfying(DoSqlException.class, e -> assertThat(e.sqlState()).isEqualTo("58030"));
        assertThat(backend.syncCount()).isEqualTo(1);
        backend.crash();
        assertThat(readAll("a")).isEqualTo("one");
    }

    @Test
    void diskFullAfterTheGivenNumberOfBytes() {
        backend.diskFullAfter(10);
        backend.write("a", 0, bytes("12345678"));
        assertThatThrownBy(() -> backend.append("a", bytes("abc")))
                .isInstanceOfSatisfying(DoSqlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DISK_FULL);
                    assertThat(e.sqlState()).isEqualTo("53100");
                })
                .hasMessageContaining("No space left on device");
        assertThatThrownBy(() -> backend.write("b", 0, bytes("x"))).isInstanceOf(DoSqlException.class);
        assertThat(readAll("a")).isEqualTo("12345678");
        backend.clearFaults();
        backend.append("a", bytes("abc"));
        assertThat(readAll("a")).isEqualTo("12345678abc");
    }
}
