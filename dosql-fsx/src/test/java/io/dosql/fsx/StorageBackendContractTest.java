package io.dosql.fsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link StorageBackend} must show; one subclass per implementation. */
public abstract class StorageBackendContractTest {
    protected static final int PAGE_SIZE = 64;

    protected StorageBackend backend;

    /** A fresh, empty backend with {@link #PAGE_SIZE}-byte pages. */
    protected abstract StorageBackend newBackend();

    @BeforeEach
    void openBackend() {
        backend = newBackend();
    }

    @AfterEach
    void closeBackend() {
        backend.close();
    }

    protected static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    protected String readAll(String name) {
        ByteBuffer buffer = ByteBuffer.allocate((int) backend.size(name));
        int read = backend.read(name, 0, buffer);
        assertThat(read).isEqualTo(buffer.capacity());
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    @Test
    void writeCreatesAndReadReturnsTheBytes() {
        assertThat(backend.exists("a")).isFalse();
        backend.write("a", 0, bytes("hello"));
        assertThat(backend.exists("a")).isTrue();
        assertThat(backend.size("a")).isEqualTo(5);
        assertThat(readAll("a")).isEqualTo("hello");
    }

    @Test
    void writeAtOffsetOverwritesAndZeroFillsGaps() {
        backend.write("a", 0, bytes("hello"));
        backend.write("a", 1, bytes("EL"));
        backend.write("a", 7, bytes("X"));
        assertThat(readAll("a")).isEqualTo("hELlo\0\0X");
    }

    @Test
    void readPastTheEndReturnsOnlyWhatExists() {
        backend.write("a", 0, bytes("abc"));
        ByteBuffer buffer = ByteBuffer.allocate(10);
        assertThat(backend.read("a", 1, buffer)).isEqualTo(2);
        assertThat(backend.read("a", 3, ByteBuffer.allocate(4))).isZero();
        assertThat(backend.read("a", 100, ByteBuffer.allocate(4))).isZero();
    }

    @Test
    void pagesRoundTripAndReadAsZerosPastTheEnd() {
        ByteBuffer page = ByteBuffer.allocate(PAGE_SIZE);
        for (int i = 0; i < PAGE_SIZE; i++) {
            page.put((byte) i);
        }
        page.flip();
        backend.writePage("p", 2, page);
        assertThat(backend.size("p")).isEqualTo(3L * PAGE_SIZE);

        ByteBuffer read = ByteBuffer.allocate(PAGE_SIZE);
        backend.readPage("p", 2, read);
        assertThat(read.array()).isEqualTo(page.array());

        ByteBuffer hole = ByteBuffer.allocate(PAGE_SIZE);
        backend.readPage("p", 0, hole);
        assertThat(hole.array()).containsOnly(0);
        ByteBuffer beyond = ByteBuffer.allocate(PAGE_SIZE);
        beyond.put(0, (byte) 7);
        backend.readPage("p", 9, beyond);
        assertThat(beyond.array()).containsOnly(0);
    }

    @Test
    void pageBuffersMustHoldExactlyOnePage() {
        assertThatThrownBy(() -> backend.writePage("p", 0, ByteBuffer.allocate(PAGE_SIZE - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(backend.pageSize()).isEqualTo(PAGE_SIZE);
    }

    @Test
    void appendReturnsThePositionWritten() {
        assertThat(backend.append("log", bytes("one"))).isZero();
        assertThat(backend.append("log", bytes("two"))).isEqualTo(3);
        assertThat(readAll("log")).isEqualTo("onetwo");
    }

    @Test
    void truncateShrinksAndExtendsWithZeros() {
        backend.write("a", 0, bytes("abcdef"));
        backend.sync("a");
        backend.truncate("a", 2);
        assertThat(readAll("a")).isEqualTo("ab");
        backend.truncate("a", 4);
        assertThat(readAll("a")).isEqualTo("ab\0\0");
        backend.write("a", 5, bytes("Z"));
        assertThat(readAll("a")).isEqualTo("ab\0\0\0Z");
    }

    @Test
    void listFiltersByPrefixAndSorts() {
        backend.write("wal-000002.log", 0, bytes("x"));
        backend.write("wal-000001.log", 0, bytes("x"));
        backend.write("data.db", 0, bytes("x"));
        assertThat(backend.list("wal-")).containsExactly("wal-000001.log", "wal-000002.log");
        assertThat(backend.list("")).containsExactly("data.db", "wal-000001.log", "wal-000002.log");
    }

    @Test
    void deleteRemovesAndIsIdempotent() {
        backend.write("a", 0, bytes("x"));
        backend.delete("a");
        backend.delete("a");
        assertThat(backend.exists("a")).isFalse();
        assertThat(backend.list("")).isEmpty();
    }

    @Test
    void renameReplacesTheTarget() {
        backend.write("new", 0, bytes("fresh"));
        backend.write("current", 0, bytes("stale content"));
        backend.rename("new", "current");
        assertThat(backend.exists("new")).isFalse();
        assertThat(readAll("current")).isEqualTo("fresh");
        backend.write("current", 5, bytes("!"));
        assertThat(readAll("current")).isEqualTo("fresh!");
    }

    @Test
    void missingObjectsAreIoErrors() {
        assertThatThrownBy(() -> backend.size("missing"))
                .isInstanceOfSatisfying(DoSqlException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR))
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> backend.read("missing", 0, ByteBuffer.allocate(1)))
                .isInstanceOf(DoSqlException.class);
        assertThatThrownBy(() -> backend.rename("missing", "other"))
                .isInstanceOfSatisfying(DoSqlException.class,
                        e -> assertThat(e.sqlState()).isEqualTo("58030"));
    }

    @Test
    void namesThatEscapeTheNamespaceAreRejected() {
        assertThatThrownBy(() -> backend.write("../evil", 0, bytes("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backend.write(".dosql-lock", 0, bytes("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void syncKeepsTheContent() {
        backend.write("a", 0, bytes("durable"));
        backend.sync("a");
        assertThat(readAll("a")).isEqualTo("durable");
    }

    @Test
    void concurrentAppendsNeverOverlap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> positions = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                positions.add(pool.submit(() -> backend.append("log", bytes("0123456789"))));
            }
            List<Long> seen = new ArrayList<>();
            for (Future<Long> position : positions) {
                seen.add(position.get());
            }
            assertThat(seen).doesNotHaveDuplicates().allMatch(position -> position % 10 == 0);
            assertThat(backend.size("log")).isEqualTo(2000);
        } finally {
            pool.shutdownNow();
        }
    }
}
