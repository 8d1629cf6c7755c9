package io.dosql.btree;

import java.util.Arrays;

/**
 * A {@link Cursor} keeping its root-to-leaf path. When the tree's modification counter moved since
 * the last step it re-seeks to the first key greater than the last one returned.
 */
final class TreeCursor<K, V> implements Cursor<K, V> {
    private final BTree<K, V> tree;
    private final KeyType<K> keyType;
    private final K from;
    private final boolean fromInclusive;
    private final K to;
    private final boolean toInclusive;

    /** The path (grown when deeper): four inner levels hold billions of entries, and a point lookup opens a cursor. */
    private InnerNode[] stack = new InnerNode[4];
    private int[] indexes = new int[4];
    private int depth;
    private LeafNode leaf;
    private int position;
    private long seenModifications;
    private boolean started;
    private boolean finished;

    private K key;
    private Object rawValue;
    private V value;
    private boolean valueResolved;

    TreeCursor(BTree<K, V> tree, K from, boolean fromInclusive, K to, boolean toInclusive) {
        this.tree = tree;
        this.keyType = tree.keyType();
        this.from = from;
        this.fromInclusive = fromInclusive;
        this.to = to;
        this.toInclusive = toInclusive;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean next() {
        if (finished) {
            return false;
        }
        if (!started) {
            started = true;
            seek(from, fromInclusive);
        } else if (tree.modifications() != seenModifications) {
            seek(key, false);
        } else {
            position++;
        }
        while (position >= leaf.count) {
            if (!nextLeaf()) {
                return finish();
            }
        }
        K candidate = (K) leaf.keyAt(position);
        if (to != null) {
            int c = keyType.compare(candidate, to);
            if (c > 0 || (c == 0 && !toInclusive)) {
                return finish();
            }
        }
        key = candidate;
        rawValue = leaf.values[position];
        valueResolved = false;
        value = null;
        return true;
    }

    @Override
    public K key() {
        checkPositioned();
        return key;
    }

    @Override
    public V value() {
        checkPositioned();
        if (!valueResolved) {
            value = tree.resolve(rawValue);
            valueResolved = true;
        }
        return value;
    }

    private void checkPositioned() {
        if (key == null || finished) {
            throw new IllegalStateException("cursor is not on an entry");
        }
    }

    private boolean finish() {
        finished = true;
        leaf = null;
        stack = null;
        return false;
    }

    /** Positions before the first key &gt;= (inclusive) or &gt; (exclusive) {@code target}; null = first. */
    private void seek(K target, boolean inclusive) {
        seenModifications = tree.modifications();
        depth = 0;
        Node node = tree.root();
        while (!node.isLeaf()) {
            InnerNode inner = (InnerNode) node;
            int index = target == null ? 0 : inner.childIndex(target, keyType);
            push(inner, index);
            node = tree.child(inner, index);
        }
        leaf = (LeafNode) node;
        if (target == null) {
            position = 0;
            return;
        }
        int found = leaf.search(target, keyType);
        position = found >= 0 ? (inclusive ? found : found + 1) : -found - 1;
    }

    private void push(InnerNode inner, int index) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        stack[depth] = inner;
        indexes[depth] = index;
        depth++;
    }

    /** Moves to the first entry of the next leaf; false at the end of the tree. */
    private boolean nextLeaf() {
        while (depth > 0) {
            InnerNode parent = stack[depth - 1];
            int index = indexes[depth - 1];
            if (index < parent.count) {
                indexes[depth - 1] = index + 1;
                Node node = tree.child(parent, index + 1);
                while (!node.isLeaf()) {
                    InnerNode inner = (InnerNode) node;
                    push(inner, 0);
                    node = tree.child(inner, 0);
                }
                leaf = (LeafNode) node;
                position = 0;
                return true;
            }
            depth--;
        }
        return false;
    }
}
