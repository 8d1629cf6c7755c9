package io.dosql.fsx.fault;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageErrors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test wrapper around any backend that injects storage faults: torn writes, I/O errors on write or
 * sync, a full disk, and crashes that drop every write not yet synced.
 *
 * <h2>Crash model</h2>
 * <ol>
 *   <li>For every object the wrapper keeps its <em>durable image</em>: its bytes at its last
 *       {@link #sync}. Writes go to the base at once (reads see them) but change no image.</li>
 *   <li>Creation, rename and delete are durable immediately (as the local backend fsyncs the
 *       directory): a new object's image is empty; rename moves the image; delete drops it.</li>
 *   <li>{@link #crash()} rewrites every base object to its durable image, so afterwards each object
 *       equals its state at its own last sync — exactly, not approximately.</li>
 *   <li>A torn write ({@link #tearNextWrite}) puts only a prefix of the bytes into the base <em>and</em>
 *       into the durable image (the prefix reached the platter before the power went), then fails;
 *       the test then calls {@link #crash()}.</li>
 * </ol>
 * Faults are one-shot unless stated; {@link #crash()} clears them all. Every method is synchronized.
 */
public final class FaultInjectingBackend implements StorageBackend {
    private final StorageBackend base;
    private final Map<String, byte[]> durableImages = new HashMap<>();

    private int tornWriteBytes = -1;
    private boolean failNextWrite;
    private boolean failNextSync;
    /** Writes to this object fail until the faults are cleared (null: none). */
    private String failingObject;
    private long diskFreeBytes = Long.MAX_VALUE;
    private long syncCount;
    private long writeCount;

    /** Wraps {@code base}; objects already in it count as durable as they stand. */
    public FaultInjectingBackend(StorageBackend base) {
        this.base = base;
        for (String name : base.list("")) {
            durableImages.put(name, readAll(name));
        }
    }

    /** The next write stores only its first {@code bytesThatReachStorage} bytes, durably, then fails. */
    public synchronized void tearNextWrite(int bytesThatReachStorage) {
        if (bytesThatReachStorage < 0) {
            throw new IllegalArgumentException("negative torn write length");
        }
        this.tornWriteBytes = bytesThatReachStorage;
    }

    /** The next write fails with an I/O error and stores nothing. */
    public synchronized void failNextWrite() {
        this.failNextWrite = true;
    }

    /** Every write to {@code name} fails with an I/O error, storing nothing, until {@link #clearFaults()}. */
    public synchronized void failWritesTo(String name) {
        this.failingObject = name;
    }

    /** The next sync fails with an I/O error and makes nothing durable. */
    public synchronized void failNextSync() {
        this.failNextSync = true;
    }

    /** After {@code bytes} more bytes are written, writes fail with "No space left on device" (53100). */
    public synchronized void diskFullAfter(long bytes) {
        this.diskFreeBytes = bytes;
    }

    /** Removes every pending fault; the disk has room again. */
    public synchronized void clearFaults() {
        tornWriteBytes = -1;
        failNextWrite = false;
        failNextSync = false;
        failingObject = null;
        diskFreeBytes = Long.MAX_VALUE;
    }

    /** Simulates power loss: every object goes back to its durable image (see the class comment). */
    public synchronized void crash() {
        clearFaults();
        for (String name : base.list("")) {
            byte[] image = durableImages.get(name);
            if (image == null) {
                base.delete(name);
            } else {
                base.truncate(name, 0);
                base.write(name, 0, ByteBuffer.wrap(image));
            }
        }
        for (Map.Entry<String, byte[]> entry : durableImages.entrySet()) {
            if (!base.exists(entry.getKey())) {
                base.write(entry.getKey(), 0, ByteBuffer.wrap(entry.getValue()));
            }
        }
    }

    /** Successful syncs so far. */
    public synchronized long syncCount() {
        return syncCount;
    }

    /** Successful writes (including appends) so far. */
    public synchronized long writeCount() {
        return writeCount;
    }

    public StorageBackend base() {
        return base;
    }

    @Override
    public int pageSize() {
        return base.pageSize();
    }

    @Override
    public synchronized int read(String name, long position, ByteBuffer destination) {
        return base.read(name, position, destination);
    }

    @Override
    public synchronized void write(String name, long position, ByteBuffer source) {
        beforeWrite(name, position, source);
        boolean created = !base.exists(name);
        base.write(name, position, source);
        afterWrite(name, created);
    }

    @Override
    public synchronized long append(String name, ByteBuffer source) {
        long position = base.exists(name) ? base.size(name) : 0;
        write(name, position, source);
        return position;
    }

    @Override
    public synchronized long size(String name) {
        return base.size(name);
    }

    @Override
    public synchronized boolean exists(String name) {
        return base.exists(name);
    }

    @Override
    public synchronized void sync(String name) {
        if (failNextSync) {
            failNextSync = false;
            throw StorageErrors.ioFailure(name, new IOException("simulated fsync failure (Input/output error)"));
        }
        base.sync(name);
        durableImages.put(name, readAll(name));
        syncCount++;
    }

    @Override
    public synchronized void truncate(String name, long newSize) {
        base.truncate(name, newSize);
    }

    @Override
    public synchronized List<String> list(String prefix) {
        return base.list(prefix);
    }

    @Override
    public synchronized void delete(String name) {
        base.delete(name);
        durableImages.remove(name);
    }

    @Override
    public synchronized void rename(String from, String to) {
        base.rename(from, to);
        byte[] image = durableImages.remove(from);
        durableImages.put(to, image == null ? new byte[0] : image);
    }

    @Override
    public synchronized void close() {
        base.close();
    }

    private void beforeWrite(String name, long position, ByteBuffer source) {
        if (name.equals(failingObject)) {
            throw StorageErrors.ioFailure(name, new IOException("simulated write failure (Input/output error)"));
        }
        if (failNextWrite) {
            failNextWrite = false;
            throw StorageErrors.ioFailure(name, new IOException("simulated write failure (Input/output error)"));
        }
        if (tornWriteBytes >= 0) {
            int kept = Math.min(tornWriteBytes, source.remaining());
            tornWriteBytes = -1;
            ByteBuffer prefix = source.duplicate();
            prefix.limit(prefix.position() + kept);
            byte[] prefixBytes = new byte[kept];
            prefix.duplicate().get(prefixBytes);
            boolean created = !base.exists(name);
            base.write(name, position, prefix);
            afterWrite(name, created);
            byte[] image = durableImages.getOrDefault(name, new byte[0]);
            if (image.length < position + kept) {
                image = Arrays.copyOf(image, (int) (position + kept));
            }
            System.arraycopy(prefixBytes, 0, image, (int) position, kept);
            durableImages.put(name, image);
            throw StorageErrors.ioFailure(name, new IOException("simulated torn write: power lost after "
                    + kept + " of " + source.remaining() + " bytes"));
        }
        if (source.remaining() > diskFreeBytes) {
            diskFreeBytes = 0;
            throw StorageErrors.diskFull(name, new IOException("No space left on device"));
        }
        if (diskFreeBytes != Long.MAX_VALUE) {
            diskFreeBytes -= source.remaining();
        }
    }

    private void afterWrite(String name, boolean created) {
        if (created) {
            durableImages.put(name, new byte[0]);
        }
        writeCount++;
    }

    private byte[] readAll(String name) {
        long size = base.size(name);
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("fault injection supports objects up to 2 GB: " + name);
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        base.read(name, 0, buffer);
        return buffer.array();
    }
}
