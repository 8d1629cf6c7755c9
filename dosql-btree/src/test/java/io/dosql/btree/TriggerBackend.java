package io.dosql.btree;

import io.dosql.fsx.StorageBackend;
import java.nio.ByteBuffer;
import java.util.List;

/** Delegates to a backend and runs a hook before the n-th write or sync (to arm a fault there). */
final class TriggerBackend implements StorageBackend {
    private final StorageBackend delegate;
    private long writes;
    private long syncs;
    private long armedWrite = -1;
    private long armedSync = -1;
    private Runnable writeHook;
    private Runnable syncHook;

    TriggerBackend(StorageBackend delegate) {
        this.delegate = delegate;
    }

    /** Runs {@code hook} just before the write that is {@code n} writes from now (0 = the next). */
    void beforeWrite(long n, Runnable hook) {
        armedWrite = writes + n;
        writeHook = hook;
    }

    void beforeSync(long n, Runnable hook) {
        armedSync = syncs + n;
        syncHook = hook;
    }

    void disarm() {
        armedWrite = -1;
        armedSync = -1;
    }

    @Override
    public int pageSize() {
        return delegate.pageSize();
    }

    @Override
    public int read(String name, long position, ByteBuffer destination) {
        return delegate.read(name, position, destination);
    }

    @Override
    public void write(String name, long position, ByteBuffer source) {
        if (writes++ == armedWrite) {
            armedWrite = -1;
            writeHook.run();
        }
        delegate.write(name, position, source);
    }

    @Override
    public long append(String name, ByteBuffer source) {
        return delegate.append(name, source);
    }

    @Override
    public long size(String name) {
        return delegate.size(name);
    }

    @Override
    public boolean exists(String name) {
        return delegate.exists(name);
    }

    @Override
    public void sync(String name) {
        if (syncs++ == armedSync) {
            armedSync = -1;
            syncHook.run();
        }
        delegate.sync(name);
    }

    @Override
    public void truncate(String name, long newSize) {
        delegate.truncate(name, newSize);
    }

    @Override
    public List<String> list(String prefix) {
        return delegate.list(prefix);
    }

    @Override
    public void delete(String name) {
        delegate.delete(name);
    }

    @Override
    public void rename(String from, String to) {
        delegate.rename(from, to);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
