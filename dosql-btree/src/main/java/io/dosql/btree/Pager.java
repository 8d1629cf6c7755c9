package io.dosql.btree;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageErrors;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A paged file of copy-on-write B+trees with atomic checkpoints (LMDB / H2 MVStore style).
 *
 * <h2>File</h2>
 * Pages 0 and 1 are {@link Header}s written alternately; every other page is a node
 * ({@link LeafNode}, {@link InnerNode}), an overflow-chain page or a {@link Catalog} page
 * (layouts in {@link PageFormat}).
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>No page referenced by the newest durable header is ever written: changed nodes get new pages
 *       at the next checkpoint.</li>
 *   <li>A page replaced since the last checkpoint ({@code pendingFree}) is reused only after the next
 *       header is durable; {@code free} holds pages no durable header references.</li>
 *   <li>Between checkpoints nothing is durable; the trees live in the buffer pool (dirty nodes pinned).</li>
 * </ol>
 *
 * <h2>Checkpoint</h2>
 * write dirty nodes children-first, overflow chains and the catalog to pages from {@code free} or past
 * the end → sync → write header {@code generation + 1} into the other slot → sync → commit in memory
 * (nodes clean, pendingFree and the old catalog pages join free) → cut free pages off the file's
 * end. Any failure before the commit leaves
 * the in-memory state as it was, best-effort invalidates a header written by the failed attempt, and
 * keeps the attempt's pages out of use until a later checkpoint succeeds.
 *
 * <p>Threads: one writer (tree changes, checkpoint, create/open/drop) at a time, not concurrent with
 * readers; any number of concurrent readers.
 */
public final class Pager implements AutoCloseable {
    private final PageFile file;
    private final BufferPool pool;
    private final int pageSize;
    private final ByteWriter catalogWriter = new ByteWriter(256);

    private long generation;
    private long pageCount;
    private BitSet free;
    private final BitSet pendingFree = new BitSet();
    private long[] catalogPages;
    private byte[] metadata;
    private long nextTreeId;
    /** Trees of the last checkpoint not opened in this session. */
    private final Map<Long, Catalog.TreeEntry> unopenedTrees = new HashMap<>();
    private final Map<Long, BTree<?, ?>> openTrees = new HashMap<>();
    private long checkpoints;
    private boolean closed;

    private Pager(PageFile file, PagerOptions options) {
        this.file = file;
        this.pageSize = file.pageSize;
        this.pool = new BufferPool(options.bufferPoolBytes());
    }

    /** Opens (or creates when absent/empty) the paged file {@code objectName} in {@code backend}. */
    public static Pager open(StorageBackend backend, String objectName, PagerOptions options) {
        Objects.requireNonNull(backend, "backend is null");
        Objects.requireNonNull(objectName, "objectName is null");
        Objects.requireNonNull(options, "options is null");
        if (backend.pageSize() < 1024) {
            throw new IllegalArgumentException("page size must be at least 1024: " + backend.pageSize());
        }
        Pager pager = new Pager(new PageFile(backend, objectName), options);
        pager.load();
        return pager;
    }

    private void load() {
        StorageBackend backend = file.backend;
        String name = file.objectName;
        if (!backend.exists(name) || backend.size(name) == 0) {
            initialize();
            return;
        }
        Header first = Header.decode(file.readRaw(0), 0);
        Header second = Header.decode(file.readRaw(1), 1);
        Header header = first == null ? second
                : second == null ? first
                : first.generation() > second.generation() ? first : second;
        if (header == null) {
            if (backend.size(name) <= 2L * pageSize) {
                initialize(); // a crash interrupted the creation itself
                return;
            }
            throw StorageErrors.corrupted(name, 0, "no valid header page");
        }
        generation = header.generation();
        file.generation = generation;
        pageCount = header.pageCount();
        Catalog catalog = Catalog.EMPTY;
        List<Long> pages = new ArrayList<>();
        if (header.catalogPage() != 0) {
            byte[] bytes = file.readChain(PageFormat.CATALOG, header.catalogPage(), header.catalogLength(), pages::add);
            try {
                catalog = Catalog.decode(bytes);
            } catch (RuntimeException e) {
                throw StorageErrors.corrupted(name, header.catalogPage(), "undecodable catalog: " + e);
            }
        }
        catalogPages = pages.stream().mapToLong(Long::longValue).toArray();
        free = catalog.freePages();
        metadata = catalog.metadata();
        nextTreeId = catalog.nextTreeId();
        for (Catalog.TreeEntry tree : catalog.trees()) {
            unopenedTrees.put(tree.id(), tree);
        }
    }

    /** A new file: an empty checkpoint of generation 1 in header slot 1, made durable. */
    private void initialize() {
        generation = 1;
        file.generation = generation;
        pageCount = 2;
        free = new BitSet();
        catalogPages = new long[0];
        metadata = new byte[0];
        nextTreeId = 1;
        file.write(Header.slot(generation), new Header(generation, pageCount, 0, 0).encode(pageSize));
        file.sync();
    }

    /** The caller's blob saved by the last checkpoint (empty when new). */
    public synchronized byte[] metadata() {
        checkOpen();
        return metadata.clone();
    }

    /** A new empty tree with a fresh id; it exists on disk from the next checkpoint on. */
    public synchronized <K, V> BTree<K, V> createTree(KeyType<K> keyType, DataType<V> valueType) {
        checkOpen();
        BTree<K, V> tree = BTree.createEmpty(this, nextTreeId++, keyType, valueType);
        openTrees.put(tree.id(), tree);
        return tree;
    }

    /** The tree as of the last checkpoint, or the open tree with its in-memory changes. */
    @SuppressWarnings("unchecked")
    public synchronized <K, V> BTree<K, V> openTree(long treeId, KeyType<K> keyType, DataType<V> valueType) {
        checkOpen();
        BTree<?, ?> open = openTrees.get(treeId);
        if (open != null) {
            return (BTree<K, V>) open;
        }
        Catalog.TreeEntry entry = unopenedTrees.get(treeId);
        if (entry == null) {
            throw new IllegalArgumentException("no tree with id " + treeId + " in " + file.objectName);
        }
        BTree<K, V> tree = BTree.openExisting(this, entry, keyType, valueType);
        unopenedTrees.remove(treeId);
        openTrees.put(treeId, tree);
        return tree;
    }

    /** Removes the tree; its pages become reusable after the next checkpoint. */
    public synchronized void dropTree(long treeId) {
        checkOpen();
        BTree<?, ?> open = openTrees.remove(treeId);
        if (open != null) {
            open.releaseAll();
            open.markDropped();
            return;
        }
        Catalog.TreeEntry entry = unopenedTrees.remove(treeId);
        if (entry == null) {
            throw new IllegalArgumentException("no tree with id " + treeId + " in " + file.objectName);
        }
        releaseDiskSubtree(entry.rootPage());
    }

    /** Atomically persists every tree and {@code metadata}; see the class comment. */
    public synchronized void checkpoint(byte[] metadata) {
        checkOpen();
        Objects.requireNonNull(metadata, "metadata is null");
        long nextGeneration = generation + 1;
        PageAllocation allocation = new PageAllocation(free, pageCount);
        boolean headerWritten = false;
        BitSet nextFree;
        long[] newCatalogPages;
        List<BTree<?, ?>> trees = new ArrayList<>(openTrees.values());
        try {
            List<Catalog.TreeEntry> entries = new ArrayList<>(unopenedTrees.values());
            for (BTree<?, ?> tree : trees) {
                entries.add(new Catalog.TreeEntry(tree.id(), tree.writeDirty(allocation, nextGeneration), tree.size()));
            }
            entries.sort(Comparator.comparingLong(Catalog.TreeEntry::id));

            nextFree = (BitSet) allocation.free.clone();
            nextFree.or(pendingFree);
            for (long page : catalogPages) {
                nextFree.set((int) page);
            }
            List<Long> catalog = new ArrayList<>();
            byte[] bytes;
            while (true) {
                bytes = Catalog.encode(nextTreeId, entries, metadata, nextFree, catalogWriter);
                int needed = file.chainPages(bytes.length);
                if (needed <= catalog.size()) {
                    break;
                }
                while (catalog.size() < needed) {
                    long page = allocation.allocate();
                    nextFree.clear((int) page);
                    catalog.add(page);
                }
            }
            newCatalogPages = catalog.stream().mapToLong(Long::longValue).toArray();
            // free pages at the end are cut off: the new header's file is shorter. The catalog is
            // encoded again without them (it can only get shorter, so its pages still suffice).
            boolean shrunk = false;
            while (allocation.pageCount > 2 && nextFree.get((int) allocation.pageCount - 1)) {
                allocation.pageCount--;
                nextFree.clear((int) allocation.pageCount);
                shrunk = true;
            }
            if (shrunk) {
                bytes = Catalog.encode(nextTreeId, entries, metadata, nextFree, catalogWriter);
                if (file.chainPages(bytes.length) > newCatalogPages.length) {
                    throw new IllegalStateException("catalog grew after removing free pages");
                }
            }
            file.writeChain(PageFormat.CATALOG, nextGeneration, newCatalogPages, bytes, bytes.length);
            file.sync();
            headerWritten = true;
            Header header = new Header(nextGeneration, allocation.pageCount, newCatalogPages[0], bytes.length);
            file.write(Header.slot(nextGeneration), header.encode(pageSize));
            file.sync();
        } catch (RuntimeException | Error failure) {
            file.discardStaged();
            abandon(allocation, headerWritten ? Header.slot(nextGeneration) : -1, failure);
            for (BTree<?, ?> tree : trees) {
                tree.abandonWritten();
            }
            throw failure;
        }
        generation = nextGeneration;
        file.generation = nextGeneration;
        pageCount = allocation.pageCount;
        free = nextFree;
        pendingFree.clear();
        catalogPages = newCatalogPages;
        this.metadata = metadata.clone();
        for (BTree<?, ?> tree : trees) {
            tree.commitWritten();
        }
        checkpoints++;
        pool.evictIfNeeded();
        shrinkFile();
    }

    /**
     * Cuts the file to the durable header's page count. Best effort: the checkpoint is already
     * durable, and a longer file is harmless (pages past the count are never read).
     */
    private void shrinkFile() {
        long length = pageCount * pageSize;
        try {
            if (file.backend.size(file.objectName) > length) {
                file.backend.truncate(file.objectName, length);
            }
        } catch (RuntimeException ignored) {
            // the next checkpoint tries again
        }
    }

    /**
     * After a failed checkpoint: the attempt's pages stay unused until a checkpoint succeeds (a header
     * it wrote might have reached the disk), and that header slot is overwritten with zeros.
     */
    private void abandon(PageAllocation allocation, long headerSlot, Throwable failure) {
        free.andNot(allocation.takenFromFree);
        pendingFree.or(allocation.takenFromFree);
        for (long page = allocation.initialPageCount; page < allocation.grownTo; page++) {
            pendingFree.set((int) page);
        }
        pageCount = allocation.grownTo;
        if (headerSlot >= 0) {
            try {
                file.backend.writePage(file.objectName, headerSlot, ByteBuffer.wrap(new byte[pageSize]));
                file.sync();
            } catch (RuntimeException secondary) {
                failure.addSuppressed(secondary);
            }
        }
    }

    public synchronized PagerStats stats() {
        return new PagerStats(pageSize, pageCount * pageSize, free.cardinality(), pool.cachedBytes(),
                pool.dirtyBytes(), file.pagesRead.sum(), file.pagesWritten.sum(), checkpoints);
    }

    /** Releases the buffer pool; does not checkpoint and does not close the backend. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (BTree<?, ?> tree : openTrees.values()) {
            tree.markDropped();
        }
        openTrees.clear();
        pool.clear();
    }

    // ---- services for BTree ----

    PageFile file() {
        return file;
    }

    BufferPool pool() {
        return pool;
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("pager " + file.objectName + " is closed");
        }
    }

    /** A page of the last checkpoint that the in-memory trees no longer reference. */
    void freePage(long page) {
        pendingFree.set(Math.toIntExact(page));
    }

    void freeChain(OverflowReference reference) {
        file.visitChain(PageFormat.OVERFLOW, reference.firstPage(), this::freePage);
    }

    /** Frees every page under {@code pageNumber} (read from disk, not decoded). */
    void releaseDiskSubtree(long pageNumber) {
        byte[] page = file.read(pageNumber, PageFormat.LEAF);
        freePage(pageNumber);
        int count = PageFormat.getInt(page, PageFormat.BODY_OFFSET);
        if (page[PageFormat.TYPE_OFFSET] == PageFormat.INNER) {
            for (int i = 0; i <= count; i++) {
                releaseDiskSubtree(PageFormat.getLong(page, PageFormat.NODE_HEADER + 8 * i));
            }
            return;
        }
        ByteReader in = new ByteReader(page, PageFormat.NODE_HEADER, page.length - PageFormat.NODE_HEADER);
        try {
            for (int i = 0; i < count; i++) {
                in.skip(in.readVarInt());
                int valueHeader = in.readVarInt();
                if (valueHeader == 0) {
                    long firstPage = in.readLong();
                    int length = in.readInt();
                    freeChain(new OverflowReference(firstPage, length));
                } else {
                    in.skip(valueHeader - 1);
                }
            }
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            throw StorageErrors.corrupted(file.objectName, pageNumber, "undecodable leaf: " + e.getMessage());
        }
    }
}
