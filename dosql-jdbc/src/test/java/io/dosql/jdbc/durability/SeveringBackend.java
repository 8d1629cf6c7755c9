package io.dosql.jdbc.durability;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageErrors;
import io.dosql.fsx.fault.FaultInjectingBackend;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The backend one incarnation of a database sees, in front of a {@link FaultInjectingBackend}: after
 * {@link #sever()} every call fails, so a database abandoned at a simulated power loss cannot touch the
 * storage again (its background flush, its close); closing it leaves the storage open for the next
 * incarnation. It can also tear the n-th write from now, which the fault backend alone cannot aim at.
 */
final class SeveringBackend implements StorageBackend {
    private final FaultInjectingBackend faults;
    private boolean severed;
    private int writesUntilTear = -1;
    private int tornBytes;

    SeveringBackend(FaultInjectingBackend faults) {
        this.faults = faults;
    }

    synchronized void sever() {
        severed = true;
    }

    /** Write number {@code nth} from now (1 = the next) keeps only its first {@code bytes} bytes, then fails. */
    synchronized void tearWrite(int nth, int bytes) {
        writesUntilTear = nth;
        tornBytes = bytes;
    }

    @Override
    public int pageSize() {
        return faults.pageSize();
    }

    @Override
    public synchronized int read(String name, long position, ByteBuffer destination) {
        check(name);
        return faults.read(name, position, destination);
    }

    @Override
    public synchronized void write(String name, long position, ByteBuffer source) {
        beforeWrite(name);
        faults.write(name, position, source);
    }

    @Override
    public synchronized long append(String name, ByteBuffer source) {
        beforeWrite(name);
        return faults.append(name, source);
    }

    @Override
    public synchronized long size(String name) {
        check(name);
        return faults.size(name);
    }

    @Override
    public synchronized boolean exists(String name) {
        check(name);
        return faults.exists(name);
    }

    @Override
    public synchronized void sync(String name) {
        check(name);
        faults.sync(name);
    }

    @Override
    public synchronized void truncate(String name, long newSize) {
        check(name);
        faults.truncate(name, newSize);
    }

    @Override
    public synchronized List<String> list(String prefix) {
        check(prefix);
        return faults.list(prefix);
    }

    @Override
    public synchronized void delete(String name) {
        check(name);
        faults.delete(name);
    }

    @Override
    public synchronized void rename(String from, String to) {
        check(from);
        faults.rename(from, to);
    }

    @Override
    public void close() {
        sever();
    }

    private void beforeWrite(String name) {
        check(name);
        if (writesUntilTear > 0 && --writesUntilTear == 0) {
            faults.tearNextWrite(tornBytes);
            writesUntilTear = -1;
        }
    }

    private void check(String name) {
        if (severed) {
            throw StorageErrors.ioError(name, "storage severed (simulated power loss)");
        }
    }
}
