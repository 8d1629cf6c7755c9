package io.dosql.fsx.cow;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageErrors;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A writable view over a base backend that never changes the base: reads fall through to the base
 * until a page is written, and written pages live in an in-memory overlay.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>The base is only read, never written, synced, renamed or deleted. It must not change while
 *       views over it exist: pages not yet copied are read from it on demand.</li>
 *   <li>Overlay pages are immutable once stored: a write copies the page, changes the copy and
 *       replaces it. That is what makes {@link #snapshot()} cheap — it copies the maps, not the pages.</li>
 *   <li>An overlay object remembers the base object it came from ({@code baseName}, which follows
 *       renames) and {@code baseLimit}: bytes at or past it never fall through (a truncate hid them).</li>
 *   <li>A snapshot is read-only and never changes, whatever happens to this backend later.</li>
 * </ol>
 * Sync is a no-op: the overlay lives in memory (it is a scratch or snapshot layer, not durable storage).
 */
public final class CopyOnWriteBackend implements StorageBackend {
    private final StorageBackend base;
    private final boolean readOnly;
    /** Objects touched through this view; {@code null} value = deleted here (a tombstone). */
    private final Map<String, OverlayObject> overlay;

    public CopyOnWriteBackend(StorageBackend base) {
        this(base, new HashMap<>(), false);
    }

    private CopyOnWriteBackend(StorageBackend base, Map<String, OverlayObject> overlay, boolean readOnly) {
        this.base = base;
        this.overlay = overlay;
        this.readOnly = readOnly;
    }

    /** One object's view: where unwritten bytes come from, its size, and the pages written so far. */
    private static final class OverlayObject {
        final String baseName;
        long baseLimit;
        long size;
        final Map<Long, byte[]> pages;

        OverlayObject(String baseName, long baseLimit, long size, Map<Long, byte[]> pages) {
            this.baseName = baseName;
            this.baseLimit = baseLimit;
            this.size = size;
            this.pages = pages;
        }

        OverlayObject copy() {
            return new OverlayObject(baseName, baseLimit, size, new HashMap<>(pages));
        }
    }

    /** A frozen, read-only view of this backend's current state. */
    public synchronized CopyOnWriteBackend snapshot() {
        Map<String, OverlayObject> frozen = new HashMap<>();
        for (Map.Entry<String, OverlayObject> entry : overlay.entrySet()) {
            frozen.put(entry.getKey(), entry.getValue() == null ? null : entry.getValue().copy());
        }
        return new CopyOnWriteBackend(base, frozen, true);
    }

    /** Number of pages held in the overlay (copied on write). */
    public synchronized int overlayPageCount() {
        int count = 0;
        for (OverlayObject object : overlay.values()) {
            count += object == null ? 0 : object.pages.size();
        }
        return count;
    }

    @Override
    public int pageSize() {
        return base.pageSize();
    }

    @Override
    public synchronized int read(String name, long position, ByteBuffer destination) {
        OverlayObject object = existing(name);
        if (position >= object.size) {
            return 0;
        }
        int count = (int) Math.min(destination.remaining(), object.size - position);
        int pageSize = pageSize();
        long offset = position;
        long end = position + count;
        while (offset < end) {
            long pageNumber = offset / pageSize;
            int inPage = (int) (offset % pageSize);
            int length = (int) Math.min(pageSize - inPage, end - offset);
            destination.put(page(object, pageNumber), inPage, length);
            offset += length;
        }
        return count;
    }

    @Override
    public synchronized void write(String name, long position, ByteBuffer source) {
        checkWritable();
        OverlayObject object = overlayForWrite(StorageErrors.checkName(name));
        int pageSize = pageSize();
        long end = position + source.remaining();
        if (position > object.size) {
            // The gap reads as zeros, never as stale base bytes.
            object.baseLimit = Math.min(object.baseLimit, object.size);
        }
        long offset = position;
        while (offset < end) {
            long pageNumber = offset / pageSize;
            int inPage = (int) (offset % pageSize);
            int length = (int) Math.min(pageSize - inPage, end - offset);
            byte[] copy = page(object, pageNumber).clone();
            source.get(copy, inPage, length);
            object.pages.put(pageNumber, copy);
            offset += length;
        }
        object.size = Math.max(object.size, end);
    }

    @Override
    public synchronized long append(String name, ByteBuffer source) {
        long position = exists(name) ? size(name) : 0;
        write(name, position, source);
        return position;
    }

    @Override
    public synchronized long size(String name) {
        return existing(name).size;
    }

    @Override
    public synchronized boolean exists(String name) {
        StorageErrors.checkName(name);
        if (overlay.containsKey(name)) {
            return overlay.get(name) != null;
        }
        return base.exists(name);
    }

    @Override
    public synchronized void sync(String name) {
        existing(name);
    }

    @Override
    public synchronized void truncate(String name, long newSize) {
        checkWritable();
        existing(name);
        OverlayObject object = overlayForWrite(name);
        int pageSize = pageSize();
        if (newSize < object.size) {
            object.baseLimit = Math.min(object.baseLimit, newSize);
            object.pages.keySet().removeIf(pageNumber -> pageNumber * pageSize >= newSize);
            long lastPage = newSize / pageSize;
            byte[] partial = object.pages.get(lastPage);
            if (partial != null) {
                byte[] copy = partial.clone();
                java.util.Arrays.fill(copy, (int) (newSize % pageSize), pageSize, (byte) 0);
                object.pages.put(lastPage, copy);
            }
        } else {
            object.baseLimit = Math.min(object.baseLimit, object.size);
        }
        object.size = newSize;
    }

    @Override
    public synchronized List<String> list(String prefix) {
        TreeSet<String> names = new TreeSet<>(base.list(prefix));
        for (Map.Entry<String, OverlayObject> entry : overlay.entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                continue;
            }
            if (entry.getValue() == null) {
                names.remove(entry.getKey());
            } else {
                names.add(entry.getKey());
            }
        }
        return List.copyOf(names);
    }

    @Override
    public synchronized void delete(String name) {
        checkWritable();
        overlay.put(StorageErrors.checkName(name), null);
    }

    @Override
    public synchronized void rename(String from, String to) {
        checkWritable();
        existing(from);
        OverlayObject object = overlayForWrite(from);
        overlay.put(from, null);
        overlay.put(StorageErrors.checkName(to), object);
    }

    /** Closes this view only; the base stays open (it may back other views). */
    @Override
    public void close() {
    }

    private byte[] page(OverlayObject object, long pageNumber) {
        byte[] written = object.pages.get(pageNumber);
        if (written != null) {
            return written;
        }
        int pageSize = pageSize();
        byte[] bytes = new byte[pageSize];
        long start = pageNumber * pageSize;
        if (object.baseName != null && start < object.baseLimit) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, (int) Math.min(pageSize, object.baseLimit - start));
            base.read(object.baseName, start, buffer);
        }
        return bytes;
    }

    private OverlayObject existing(String name) {
        StorageErrors.checkName(name);
        if (overlay.containsKey(name)) {
            OverlayObject object = overlay.get(name);
            if (object == null) {
                throw StorageErrors.noSuchObject(name);
            }
            return object;
        }
        long size = base.size(name);
        return new OverlayObject(name, size, size, new HashMap<>());
    }

    private OverlayObject overlayForWrite(String name) {
        OverlayObject object = overlay.get(name);
        if (object == null) {
            object = !overlay.containsKey(name) && base.exists(name)
                    ? existing(name)
                    : new OverlayObject(null, 0, 0, new HashMap<>());
            overlay.put(name, object);
        }
        return object;
    }

    private void checkWritable() {
        if (readOnly) {
            throw StorageErrors.ioError("snapshot", "a copy-on-write snapshot is read-only");
        }
    }
}
