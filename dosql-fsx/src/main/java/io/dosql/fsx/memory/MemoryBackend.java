package io.dosql.fsx.memory;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageErrors;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A storage backend whose objects are byte arrays on the heap; sync is a no-op. */
public final class MemoryBackend implements StorageBackend {
    private final int pageSize;
    private final Map<String, MemoryObject> objects = new HashMap<>();
    private boolean closed;

    public MemoryBackend(int pageSize) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** One growable byte array; {@code length} is the logical size. */
    private static final class MemoryObject {
        byte[] data = new byte[0];
        int length;

        void ensureCapacity(long needed) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("memory object larger than 2 GB");
            }
            if (needed > data.length) {
                data = Arrays.copyOf(data, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8, data.length * 2L)));
            }
        }
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    @Override
    public synchronized int read(String name, long position, ByteBuffer destination) {
        MemoryObject object = existing(name);
        if (position >= object.length) {
            return 0;
        }
        int count = (int) Math.min(destination.remaining(), object.length - position);
        destination.put(object.data, (int) position, count);
        return count;
    }

    @Override
    public synchronized void write(String name, long position, ByteBuffer source) {
        MemoryObject object = openOrCreate(name);
        int count = source.remaining();
        long end = position + count;
        object.ensureCapacity(end);
        if (position > object.length) {
            Arrays.fill(object.data, object.length, (int) position, (byte) 0);
        }
        source.get(object.data, (int) position, count);
        object.length = (int) Math.max(object.length, end);
    }

    @Override
    public synchronized long append(String name, ByteBuffer source) {
        long position = openOrCreate(name).length;
        write(name, position, source);
        return position;
    }

    @Override
    public synchronized long size(String name) {
        return existing(name).length;
    }

    @Override
    public synchronized boolean exists(String name) {
        checkOpen();
        return objects.containsKey(StorageErrors.checkName(name));
    }

    @Override
    public synchronized void sync(String name) {
        existing(name);
    }

    @Override
    public synchronized void truncate(String name, long newSize) {
        MemoryObject object = existing(name);
        object.ensureCapacity(newSize);
        if (newSize > object.length) {
            Arrays.fill(object.data, object.length, (int) newSize, (byte) 0);
        }
        object.length = (int) newSize;
    }

    @Override
    public synchronized List<String> list(String prefix) {
        checkOpen();
        List<String> names = new ArrayList<>();
        for (String name : objects.keySet()) {
            if (name.startsWith(prefix)) {
                names.add(name);
            }
        }
        names.sort(null);
        return List.copyOf(names);
    }

    @Override
    public synchronized void delete(String name) {
        checkOpen();
        objects.remove(StorageErrors.checkName(name));
    }

    @Override
    public synchronized void rename(String from, String to) {
        MemoryObject object = existing(from);
        objects.remove(from);
        objects.put(StorageErrors.checkName(to), object);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private MemoryObject existing(String name) {
        checkOpen();
        MemoryObject object = objects.get(StorageErrors.checkName(name));
        if (object == null) {
            throw StorageErrors.noSuchObject(name);
        }
        return object;
    }

    private MemoryObject openOrCreate(String name) {
        checkOpen();
        return objects.computeIfAbsent(StorageErrors.checkName(name), ignored -> new MemoryObject());
    }

    private void checkOpen() {
        if (closed) {
            throw StorageErrors.ioError("memory backend", "backend is closed");
        }
    }
}
