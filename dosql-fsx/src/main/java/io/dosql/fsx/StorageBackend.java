package io.dosql.fsx;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A flat namespace of named objects (files) of bytes that the pager and the write-ahead log store
 * their data in.
 *
 * <h2>Contract</h2>
 * <ol>
 *   <li>An object comes into existence on its first {@code write}/{@code append}; creating it is
 *       durable at once (implementations fsync the directory), its content is not.</li>
 *   <li>Writes become durable only at {@link #sync(String)} of that object. After a crash each object
 *       holds at least the bytes of its last sync; anything later may be lost, never invented.</li>
 *   <li>{@link #rename}, {@link #delete} and creation are durable when they return.</li>
 *   <li>Reads see every write that returned before them, synced or not.</li>
 *   <li>Pages are {@link #pageSize()} bytes; page {@code n} starts at byte {@code n * pageSize()}.
 *       Bytes past the end of an object read as zeros through {@link #readPage}.</li>
 *   <li>Every failure is an unchecked {@link io.dosql.core.DoSqlException}: {@code IO_ERROR}
 *       (58030), {@code DISK_FULL} (53100) or {@code OBJECT_IN_USE} (55006) — see
 *       {@link StorageErrors}.</li>
 * </ol>
 * Implementations are safe for concurrent use by several threads.
 */
public interface StorageBackend extends AutoCloseable {

    /** The fixed page size given when the backend was created. */
    int pageSize();

    /**
     * Reads from {@code position} into {@code destination} until it is full or the object ends;
     * returns the number of bytes read (0 at or past the end). Fails when the object does not exist.
     */
    int read(String name, long position, ByteBuffer destination);

    /** Writes all of {@code source} at {@code position}, creating the object and zero-filling any gap. */
    void write(String name, long position, ByteBuffer source);

    /** Writes all of {@code source} at the end of the object and returns the position it was written at. */
    long append(String name, ByteBuffer source);

    /** The object's length in bytes; fails when it does not exist. */
    long size(String name);

    boolean exists(String name);

    /** The durability point: returns once every write to {@code name} so far is on stable storage. */
    void sync(String name);

    /** Cuts (or zero-extends) the object to {@code newSize} bytes. */
    void truncate(String name, long newSize);

    /** Names of the objects starting with {@code prefix}, sorted. */
    List<String> list(String prefix);

    /** Removes the object; does nothing when it does not exist. */
    void delete(String name);

    /** Renames {@code from} to {@code to}, atomically replacing {@code to} where the platform allows. */
    void rename(String from, String to);

    @Override
    void close();

    /** Reads page {@code pageNumber} into {@code destination} (exactly one page; zeros past the end). */
    default void readPage(String name, long pageNumber, ByteBuffer destination) {
        checkPageBuffer(destination);
        int read = read(name, pageNumber * pageSize(), destination);
        while (destination.hasRemaining()) {
            destination.put((byte) 0);
        }
        assert read <= pageSize();
    }

    /** Writes page {@code pageNumber} from {@code source}, which must hold exactly one page. */
    default void writePage(String name, long pageNumber, ByteBuffer source) {
        checkPageBuffer(source);
        write(name, pageNumber * pageSize(), source);
    }

    private void checkPageBuffer(ByteBuffer buffer) {
        if (buffer.remaining() != pageSize()) {
            throw new IllegalArgumentException(
                    "page buffer has " + buffer.remaining() + " bytes remaining, page size is " + pageSize());
        }
    }
}
