package io.dosql.wal;

import io.dosql.fsx.StorageBackend;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A test backend whose first sync blocks until a condition holds, so that every other committer is
 * provably waiting behind it — group commit is then shown by counters, not by timing.
 */
final class GatedSyncBackend implements StorageBackend {
    private final StorageBackend base;
    private volatile BooleanSupplier openGate = () -> true;
    private boolean firstSyncDone;

    GatedSyncBackend(StorageBackend base) {
        this.base = base;
    }

    /** The first sync after this call waits until {@code condition} is true. */
    void holdFirstSyncUntil(BooleanSupplier condition) {
        this.openGate = condition;
    }

    @Override
    public void sync(String name) {
        boolean gated;
        synchronized (this) {
            gated = !firstSyncDone;
            firstSyncDone = true;
        }
        if (gated) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!openGate.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("gate condition never became true");
                }
                Thread.onSpinWait();
                Thread.yield();
            }
        }
        base.sync(name);
    }

    @Override
    public int pageSize() {
        return base.pageSize();
    }

    @Override
    public int read(String name, long position, ByteBuffer destination) {
        return base.read(name, position, destination);
    }

    @Override
    public void write(String name, long position, ByteBuffer source) {
        base.write(name, position, source);
    }

    @Override
    public long append(String name, ByteBuffer source) {
        return base.append(name, source);
    }

    @Override
    public long size(String name) {
        return base.size(name);
    }

    @Override
    public boolean exists(String name) {
        return base.exists(name);
    }

    @Override
    public void truncate(String name, long newSize) {
        base.truncate(name, newSize);
    }

    @Override
    public List<String> list(String prefix) {
        return base.list(prefix);
    }

    @Override
    public void delete(String name) {
        base.delete(name);
    }

    @Override
    public void rename(String from, String to) {
        base.rename(from, to);
    }

    @Override
    public void close() {
        base.close();
    }
}
