package io.dosql.btree;

import io.dosql.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A copy-on-write B+tree in a {@link Pager}: sorted keys of the caller's {@link KeyType}, values of its
 * {@link DataType}, nodes split by serialized size, values larger than about a quarter page kept in
 * overflow chains.
 *
 * <p>Writes copy each clean node on the root-to-leaf path once per checkpoint interval (the copies are
 * dirty and mutated in place until the checkpoint writes them to new pages). Removal merges a node
 * under a quarter page with a neighbour when both fit one page, and drops empty leaves; only the root
 * leaf may be empty. Reads never allocate beyond the result (cached nodes are decoded objects).
 *
 * <p>Threads: one writer at a time, never concurrent with readers; readers may run concurrently.
 */
public final class BTree<K, V> {
    private final Pager pager;
    private final long id;
    private final KeyType<K> keyType;
    private final DataType<V> valueType;
    private final NodeCodec codec;
    private final BufferPool pool;
    private final PageFile file;
    private final int pageSize;
    private final int maxKeyBytes;

    private volatile Node root;
    private long size;
    private volatile long modifications;
    private boolean dropped;

    /** The writer's root-to-leaf path (reused; the writer is single-threaded). */
    private InnerNode[] pathNodes = new InnerNode[16];
    private int[] pathIndexes = new int[16];
    /**
     * The rightmost leaf when the last write was an insert into it that did not split it (else null);
     * valid while {@link #modifications} equals {@link #appendModifications} and the leaf is dirty. The
     * path arrays then still hold its path ({@link #appendDepth} inner nodes), so an ascending insert
     * (row ids, a serial key) goes straight to it without a descent.
     */
    private LeafNode appendLeaf;
    private long appendModifications;
    private int appendDepth;
    /** Nodes written by the checkpoint under way, children first. */
    private final List<Node> written = new ArrayList<>();

    private BTree(Pager pager, long id, KeyType<K> keyType, DataType<V> valueType) {
        this.pager = pager;
        this.id = id;
        this.keyType = Objects.requireNonNull(keyType, "keyType is null");
        this.valueType = Objects.requireNonNull(valueType, "valueType is null");
        this.file = pager.file();
        this.pool = pager.pool();
        this.codec = new NodeCodec(keyType, valueType, file);
        this.pageSize = file.pageSize;
        this.maxKeyBytes = PageFormat.maxKeyBytes(pageSize);
    }

    static <K, V> BTree<K, V> createEmpty(Pager pager, long id, KeyType<K> keyType, DataType<V> valueType) {
        BTree<K, V> tree = new BTree<>(pager, id, keyType, valueType);
        tree.root = tree.newEmptyRoot();
        return tree;
    }

    static <K, V> BTree<K, V> openExisting(Pager pager, Catalog.TreeEntry entry, KeyType<K> keyType,
                                           DataType<V> valueType) {
        BTree<K, V> tree = new BTree<>(pager, entry.id(), keyType, valueType);
        Node root = tree.codec.load(entry.rootPage());
        tree.pool.pinnedChanged(root.memory);
        tree.root = root;
        tree.size = entry.size();
        return tree;
    }

    private Node newEmptyRoot() {
        LeafNode leaf = new LeafNode(8, codec.longKeyed);
        leaf.dirty = true;
        pool.dirtyChanged(leaf.memory);
        return leaf;
    }

    public long id() {
        return id;
    }

    // ---- reads ----

    public V get(K key) {
        Objects.requireNonNull(key, "key is null");
        Node node = root;
        while (!node.isLeaf()) {
            InnerNode inner = (InnerNode) node;
            node = child(inner, inner.childIndex(key, keyType));
        }
        LeafNode leaf = (LeafNode) node;
        int index = leaf.search(key, keyType);
        return index < 0 ? null : resolve(leaf.values[index]);
    }

    public long size() {
        return size;
    }

    /** The smallest key, or null when empty. */
    @SuppressWarnings("unchecked")
    public K firstKey() {
        Node node = root;
        while (!node.isLeaf()) {
            node = child((InnerNode) node, 0);
        }
        return node.count == 0 ? null : (K) ((LeafNode) node).keyAt(0);
    }

    /** The largest key, or null when empty. */
    @SuppressWarnings("unchecked")
    public K lastKey() {
        LeafNode last = appendLeaf;
        if (last != null && appendModifications == modifications && last.dirty && last.count > 0) {
            // An ascending load asks before each insert (is the next key new?): no descent needed.
            return (K) last.keyAt(last.count - 1);
        }
        Node node = root;
        while (!node.isLeaf()) {
            InnerNode inner = (InnerNode) node;
            node = child(inner, inner.count);
        }
        return node.count == 0 ? null : (K) ((LeafNode) node).keyAt(node.count - 1);
    }

    /** Ascending cursor over [from, to] (null bound = unbounded; inclusive flags apply to non-null bounds). */
    public Cursor<K, V> cursor(K from, boolean fromInclusive, K to, boolean toInclusive) {
        return new TreeCursor<>(this, from, fromInclusive, to, toInclusive);
    }

    // ---- writes ----

    /** Inserts or replaces; returns the previous value or null. */
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(value, "value is null");
        checkWritable();
        int keyLength = codec.keyLength(key);
        if (keyLength > maxKeyBytes) {
            throw ErrorCode.PROGRAM_LIMIT_EXCEEDED.exception(String.format(
                    "index row size %d exceeds maximum %d for index", keyLength, maxKeyBytes));
        }
        int entrySize = PageFormat.varIntSize(keyLength) + keyLength + codec.valueEntrySize(value);
        int entryMemory = LeafNode.ENTRY_MEMORY + keyType.memorySize(key) + valueType.memorySize(value);
        LeafNode last = appendLeaf;
        if (last != null && appendModifications == modifications && last.dirty && last.count > 0
                && greaterThanLast(key, last)) {
            modifications++;
            return append(last, key, value, entrySize, entryMemory);
        }
        appendLeaf = null;
        modifications++;
        int depth = 0;
        boolean rightmost = true;
        Node node = writableRoot();
        while (!node.isLeaf()) {
            InnerNode inner = (InnerNode) node;
            int index = inner.childIndex(key, keyType);
            rightmost &= index == inner.count;
            depth = push(depth, inner, index);
            node = writableChild(inner, index);
        }
        LeafNode leaf = (LeafNode) node;
        int before = leaf.memory;
        int index = leaf.search(key, keyType);
        V previous = null;
        if (index >= 0) {
            Object old = leaf.values[index];
            previous = (V) release(old);
            leaf.memory += entryMemory - (LeafNode.ENTRY_MEMORY + codec.keyMemory(leaf.keyAt(index)) + codec.valueMemory(old));
            leaf.bytes += entrySize - leaf.sizes[index];
            leaf.sizes[index] = entrySize;
            leaf.setKeyAt(index, key);
            leaf.values[index] = value;
        } else {
            index = -index - 1;
            leaf.insert(index, key, value, entrySize, entryMemory);
            size++;
        }
        pool.dirtyChanged(leaf.memory - before);
        if (leaf.bytes > pageSize) {
            splitUpward(leaf, rightmost && index == leaf.count - 1, depth);
        } else if (rightmost && previous == null && index == leaf.count - 1) {
            rememberAppendLeaf(leaf, depth);
        }
        pool.evictIfNeeded();
        return previous;
    }

    @SuppressWarnings("unchecked")
    private boolean greaterThanLast(K key, LeafNode leaf) {
        int last = leaf.count - 1;
        if (leaf.longKeys != null) {
            return (Long) key > leaf.longKeys[last];
        }
        return keyType.compare(key, (K) leaf.keyAt(last)) > 0;
    }

    private void rememberAppendLeaf(LeafNode leaf, int depth) {
        appendLeaf = leaf;
        appendModifications = modifications;
        appendDepth = depth;
    }

    /** {@link #put} of a key above every key, into the remembered rightmost leaf (see {@link #appendLeaf}). */
    private V append(LeafNode leaf, K key, V value, int entrySize, int entryMemory) {
        int depth = appendDepth;
        int before = leaf.memory;
        leaf.insert(leaf.count, key, value, entrySize, entryMemory);
        size++;
        pool.dirtyChanged(leaf.memory - before);
        if (leaf.bytes > pageSize) {
            appendLeaf = null;
            splitUpward(leaf, true, depth);
        } else {
            appendModifications = modifications;
        }
        pool.evictIfNeeded();
        return null;
    }

    /** Removes {@code key}; returns the removed value or null. */
    @SuppressWarnings("unchecked")
    public V remove(K key) {
        Objects.requireNonNull(key, "key is null");
        checkWritable();
        Node probe = root;
        while (!probe.isLeaf()) {
            InnerNode inner = (InnerNode) probe;
            probe = child(inner, inner.childIndex(key, keyType));
        }
        if (((LeafNode) probe).search(key, keyType) < 0) {
            return null;
        }
        modifications++;
        int depth = 0;
        Node node = writableRoot();
        while (!node.isLeaf()) {
            InnerNode inner = (InnerNode) node;
            int index = inner.childIndex(key, keyType);
            depth = push(depth, inner, index);
            node = writableChild(inner, index);
        }
        LeafNode leaf = (LeafNode) node;
        int index = leaf.search(key, keyType);
        Object old = leaf.values[index];
        V previous = (V) release(old);
        int entryMemory = LeafNode.ENTRY_MEMORY + codec.keyMemory(leaf.keyAt(index)) + codec.valueMemory(old);
        leaf.removeAt(index, entryMemory);
        pool.dirtyChanged(-entryMemory);
        size--;
        rebalance(leaf, depth);
        return previous;
    }

    /** Removes every entry; the old pages become reusable after the next checkpoint. */
    public void clear() {
        checkWritable();
        modifications++;
        releaseAll();
        root = newEmptyRoot();
        size = 0;
    }

    // ---- structure changes ----

    private int push(int depth, InnerNode inner, int index) {
        if (depth == pathNodes.length) {
            pathNodes = java.util.Arrays.copyOf(pathNodes, depth * 2);
            pathIndexes = java.util.Arrays.copyOf(pathIndexes, depth * 2);
        }
        pathNodes[depth] = inner;
        pathIndexes[depth] = index;
        return depth + 1;
    }

    private Node writableRoot() {
        Node current = root;
        if (current.dirty) {
            return current;
        }
        Node copy = current.dirtyCopy();
        pool.pinnedChanged(-current.memory);
        pool.dirtyChanged(copy.memory);
        pager.freePage(current.page);
        root = copy;
        return copy;
    }

    private Node writableChild(InnerNode parent, int index) {
        Node current = child(parent, index);
        if (current.dirty) {
            return current;
        }
        Node copy = current.dirtyCopy();
        pool.forget(current);
        pool.dirtyChanged(copy.memory);
        pager.freePage(current.page);
        parent.childPages[index] = Node.NO_PAGE;
        copy.parent = parent;
        parent.setChild(index, copy);
        return copy;
    }

    /** Splits {@code node} (which exceeds a page) and its ancestors as needed. */
    private void splitUpward(Node node, boolean append, int depth) {
        Node current = node;
        while (current.bytes > pageSize) {
            int before = current.memory;
            Object upKey;
            int upKeySize;
            Node right;
            if (current.isLeaf()) {
                LeafNode leaf = (LeafNode) current;
                // An append split leaves one entry on the right, which further appends fill like the left.
                right = append ? leaf.splitOff(leaf.count - 1, codec, leaf.count + leaf.count / 8)
                        : leaf.splitOff(leafSplitPoint(leaf), codec);
                upKey = ((LeafNode) right).keyAt(0);
                upKeySize = codec.keyEntrySize(upKey);
            } else {
                InnerNode inner = (InnerNode) current;
                int up = append && inner.count >= 3 ? inner.count - 2 : innerSplitPoint(inner);
                upKey = inner.keys[up];
                upKeySize = inner.keySizes[up];
                right = inner.splitOff(up, codec);
            }
            pool.dirtyChanged(current.memory - before + right.memory);
            int upKeyMemory = codec.keyMemory(upKey);
            if (depth == 0) {
                InnerNode newRoot = new InnerNode(4, codec.longKeyed);
                newRoot.dirty = true;
                newRoot.childPages[0] = Node.NO_PAGE;
                newRoot.children[0] = current;
                current.parent = newRoot;
                newRoot.insertSeparator(0, upKey, upKeySize, upKeyMemory, right);
                pool.dirtyChanged(newRoot.memory);
                root = newRoot;
                return;
            }
            depth--;
            InnerNode parent = pathNodes[depth];
            int index = pathIndexes[depth];
            int parentBefore = parent.memory;
            parent.insertSeparator(index, upKey, upKeySize, upKeyMemory, right);
            pool.dirtyChanged(parent.memory - parentBefore);
            append = append && index == parent.count - 1;
            current = parent;
        }
    }

    /** The split point minimizing the larger half. */
    private static int leafSplitPoint(LeafNode leaf) {
        int total = leaf.bytes - PageFormat.NODE_HEADER;
        int best = 1;
        int bestMax = Integer.MAX_VALUE;
        int left = 0;
        for (int m = 1; m < leaf.count; m++) {
            left += leaf.sizes[m - 1];
            int max = Math.max(left, total - left);
            if (max < bestMax) {
                bestMax = max;
                best = m;
            } else {
                break;
            }
        }
        return best;
    }

    /** The separator to move up, minimizing the larger half. */
    private static int innerSplitPoint(InnerNode inner) {
        int total = inner.bytes - PageFormat.NODE_HEADER;
        int best = inner.count / 2;
        int bestMax = Integer.MAX_VALUE;
        int left = 8;
        for (int up = 0; up < inner.count; up++) {
            int right = total - left - inner.keySizes[up];
            int max = Math.max(left, right);
            if (max < bestMax) {
                bestMax = max;
                best = up;
            }
            left += inner.keySizes[up] + 8;
        }
        return best;
    }

    /** After a removal from {@code leaf}: drop empty nodes, merge small ones, shrink the root. */
    private void rebalance(LeafNode leaf, int depth) {
        Node node = leaf;
        boolean empty = leaf.count == 0;
        while (depth > 0) {
            depth--;
            InnerNode parent = pathNodes[depth];
            int index = pathIndexes[depth];
            if (empty) {
                discard(node);
                if (parent.count == 0) {
                    node = parent; // its only child was empty: so is it
                    continue;
                }
                removeSeparator(parent, index == 0 ? 0 : index - 1, index);
                empty = false;
                node = parent;
                continue;
            }
            if (parent.count == 0) {
                node = parent;
                continue;
            }
            if (node.bytes >= pageSize / 4) {
                break;
            }
            int siblingIndex = index > 0 ? index - 1 : index + 1;
            int leftIndex = Math.min(index, siblingIndex);
            Node sibling = child(parent, siblingIndex);
            int combined = node.bytes + sibling.bytes - PageFormat.NODE_HEADER
                    + (node.isLeaf() ? 0 : parent.keySizes[leftIndex]);
            if (combined > pageSize) {
                break;
            }
            sibling = writableChild(parent, siblingIndex);
            Node left = siblingIndex < index ? sibling : node;
            Node right = siblingIndex < index ? node : sibling;
            int before = left.memory;
            if (left.isLeaf()) {
                ((LeafNode) left).absorb((LeafNode) right);
            } else {
                Object separator = parent.keys[leftIndex];
                ((InnerNode) left).absorb(separator, parent.keySizes[leftIndex], codec.keyMemory(separator),
                        (InnerNode) right);
            }
            pool.dirtyChanged(left.memory - before);
            discard(right);
            removeSeparator(parent, leftIndex, leftIndex + 1);
            node = parent;
        }
        if (empty && !root.isLeaf()) {
            discard(root);
            root = newEmptyRoot();
            return;
        }
        while (!root.isLeaf() && root.count == 0) {
            InnerNode oldRoot = (InnerNode) root;
            Node only = writableChild(oldRoot, 0);
            discard(oldRoot);
            only.parent = null;
            root = only;
        }
    }

    private void removeSeparator(InnerNode parent, int keyIndex, int childIndex) {
        int before = parent.memory;
        parent.removeSeparator(keyIndex, childIndex, codec.keyMemory(parent.keys[keyIndex]));
        pool.dirtyChanged(parent.memory - before);
    }

    /** A dirty node leaves the tree. */
    private void discard(Node node) {
        pool.dirtyChanged(-node.memory);
    }

    /** A value leaves the tree: returns it decoded; an overflow chain's pages are freed. */
    private Object release(Object value) {
        if (value instanceof OverflowReference reference) {
            byte[] data = file.readChain(PageFormat.OVERFLOW, reference.firstPage(), reference.length(),
                    pager::freePage);
            return codec.decodeValue(data);
        }
        return value;
    }

    /** Frees every page and forgets every node of this tree (drop, clear). */
    void releaseAll() {
        Node current = root;
        if (current.dirty) {
            pool.dirtyChanged(-current.memory);
        } else {
            pool.pinnedChanged(-current.memory);
            pager.freePage(current.page);
        }
        releaseBelow(current);
    }

    private void releaseBelow(Node node) {
        if (node.isLeaf()) {
            LeafNode leaf = (LeafNode) node;
            for (int i = 0; i < leaf.count; i++) {
                if (leaf.values[i] instanceof OverflowReference reference) {
                    pager.freeChain(reference);
                }
            }
            return;
        }
        InnerNode inner = (InnerNode) node;
        for (int i = 0; i <= inner.count; i++) {
            Node child = inner.residentChild(i);
            if (child == null) {
                pager.releaseDiskSubtree(inner.childPages[i]);
                continue;
            }
            if (child.dirty) {
                pool.dirtyChanged(-child.memory);
            } else {
                pool.forget(child);
                pager.freePage(child.page);
            }
            releaseBelow(child);
        }
    }

    void markDropped() {
        dropped = true;
    }

    private void checkWritable() {
        pager.checkOpen();
        if (dropped) {
            throw new IllegalStateException("tree " + id + " was dropped or its pager closed");
        }
    }

    // ---- services for the cursor and the pager ----

    Node root() {
        return root;
    }

    long modifications() {
        return modifications;
    }

    KeyType<K> keyType() {
        return keyType;
    }

    @SuppressWarnings("unchecked")
    V resolve(Object value) {
        if (value instanceof OverflowReference reference) {
            return (V) codec.decodeValue(file.readChain(PageFormat.OVERFLOW, reference.firstPage(),
                    reference.length(), null));
        }
        return (V) value;
    }

    /** Child {@code index} of {@code parent}, loaded into the pool when not resident. */
    Node child(InnerNode parent, int index) {
        Node child = parent.residentChild(index);
        if (child != null) {
            if (!child.referenced) {
                child.referenced = true;
            }
            return child;
        }
        synchronized (parent) {
            child = parent.residentChild(index);
            if (child == null) {
                child = codec.load(parent.childPages[index]);
                child.parent = parent;
                parent.setChild(index, child);
                pool.admit(child);
            }
        }
        pool.evictIfNeeded();
        return child;
    }

    /** Writes the dirty nodes (children first) to pages of {@code allocation}; returns the root's page. */
    long writeDirty(PageAllocation allocation, long generation) {
        written.clear();
        Node current = root;
        if (!current.dirty) {
            return current.page;
        }
        writeNode(current, allocation, generation);
        return current.attemptPage;
    }

    private void writeNode(Node node, PageAllocation allocation, long generation) {
        byte[] page;
        if (node.isLeaf()) {
            page = codec.encodeLeaf((LeafNode) node, generation, (data, length) -> {
                long[] pages = allocation.allocate(file.chainPages(length));
                file.writeChain(PageFormat.OVERFLOW, generation, pages, data, length);
                return new OverflowReference(pages[0], length);
            });
        } else {
            InnerNode inner = (InnerNode) node;
            for (int i = 0; i <= inner.count; i++) {
                Node child = inner.children[i];
                if (child != null && child.dirty) {
                    writeNode(child, allocation, generation);
                    inner.childPages[i] = child.attemptPage;
                }
            }
            page = codec.encodeInner(inner, generation);
        }
        long pageNumber = allocation.allocate();
        file.write(pageNumber, page);
        node.attemptPage = pageNumber;
        written.add(node);
    }

    /** The checkpoint is durable: the written nodes are clean now and (except the root) evictable. */
    void commitWritten() {
        Node currentRoot = root;
        for (Node node : written) {
            int oldMemory = node.memory;
            node.page = node.attemptPage;
            node.dirty = false;
            if (node instanceof LeafNode leaf && leaf.attemptOverflow != null) {
                for (int i = 0; i < leaf.count; i++) {
                    OverflowReference reference = leaf.attemptOverflow[i];
                    if (reference != null) {
                        leaf.memory -= codec.valueMemory(leaf.values[i]) - OverflowReference.MEMORY;
                        leaf.values[i] = reference;
                    }
                }
                leaf.attemptOverflow = null;
            } else if (node instanceof InnerNode inner) {
                for (int i = 0; i <= inner.count; i++) {
                    Node child = inner.children[i];
                    if (child != null) {
                        child.parent = inner;
                    }
                }
            }
            node.referenced = true;
            pool.cleaned(node, oldMemory, node != currentRoot);
        }
        written.clear();
    }

    void abandonWritten() {
        written.clear();
    }
}
