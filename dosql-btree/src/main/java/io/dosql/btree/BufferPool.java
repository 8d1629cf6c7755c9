package io.dosql.btree;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The byte budget of decoded nodes and the CLOCK ring of evictable (clean, non-root) ones.
 *
 * <p>Accounting: {@code cachedBytes} counts every resident node (clean, dirty and pinned roots);
 * {@code dirtyBytes} the dirty part, which is never evicted (no-steal) and is released by the next
 * checkpoint. When cachedBytes exceeds the limit, clean nodes are evicted: the clock hand skips nodes
 * whose reference bit is set (clearing it) and evicts the first without one, clearing its parent's slot.
 * Readers only set reference bits; ring changes take this object's lock.
 */
final class BufferPool {
    private final long limit;
    private final AtomicLong cachedBytes = new AtomicLong();
    private final AtomicLong dirtyBytes = new AtomicLong();
    private Node[] ring = new Node[256];
    private int ringSize;
    private int hand;

    BufferPool(long limit) {
        this.limit = limit;
    }

    long cachedBytes() {
        return cachedBytes.get();
    }

    long dirtyBytes() {
        return dirtyBytes.get();
    }

    /** A dirty node appeared, grew, shrank or was discarded (negative delta). */
    void dirtyChanged(long delta) {
        cachedBytes.addAndGet(delta);
        dirtyBytes.addAndGet(delta);
    }

    /** A resident node that is never evicted (a tree's root). */
    void pinnedChanged(long delta) {
        cachedBytes.addAndGet(delta);
    }

    /** A dirty node became clean at a checkpoint; {@code newMemory} may be smaller (overflowed values). */
    void cleaned(Node node, int oldMemory, boolean evictable) {
        dirtyBytes.addAndGet(-oldMemory);
        cachedBytes.addAndGet(node.memory - oldMemory);
        if (evictable) {
            synchronized (this) {
                addToRing(node);
            }
        }
    }

    /** A node loaded from its page. */
    synchronized void admit(Node node) {
        cachedBytes.addAndGet(node.memory);
        addToRing(node);
    }

    /** A clean node leaves the pool (copied for writing, or its tree dropped). */
    synchronized void forget(Node node) {
        if (node.ringIndex >= 0) {
            removeFromRing(node);
            cachedBytes.addAndGet(-node.memory);
        }
    }

    /** Evicts clean nodes until the budget holds or none is left. */
    void evictIfNeeded() {
        if (cachedBytes.get() <= limit) {
            return;
        }
        synchronized (this) {
            int budget = 2 * ringSize + 1;
            while (cachedBytes.get() > limit && ringSize > 0 && budget-- > 0) {
                if (hand >= ringSize) {
                    hand = 0;
                }
                Node candidate = ring[hand];
                if (candidate.referenced) {
                    candidate.referenced = false;
                    hand++;
                    continue;
                }
                removeFromRing(candidate);
                cachedBytes.addAndGet(-candidate.memory);
                InnerNode parent = candidate.parent;
                if (parent != null) {
                    parent.clearChild(candidate);
                }
                if (candidate instanceof InnerNode inner) {
                    evictChildren(inner);
                }
            }
        }
    }

    /**
     * The resident children of an evicted inner node are unreachable from the tree now: they leave
     * too (a reader still holding the node reloads them).
     */
    private void evictChildren(InnerNode inner) {
        Node[] children = inner.children;
        for (int i = 0; i < children.length; i++) {
            Node child = children[i];
            if (child != null && InnerNode.CHILD.compareAndSet(children, i, child, null)) {
                if (child.ringIndex >= 0) {
                    removeFromRing(child);
                    cachedBytes.addAndGet(-child.memory);
                }
                if (child instanceof InnerNode grandchild) {
                    evictChildren(grandchild);
                }
            }
        }
    }

    /** Drops every node (pager close). */
    synchronized void clear() {
        Arrays.fill(ring, 0, ringSize, null);
        ringSize = 0;
        cachedBytes.set(0);
        dirtyBytes.set(0);
    }

    private void addToRing(Node node) {
        if (node.ringIndex >= 0) {
            return;
        }
        if (ringSize == ring.length) {
            ring = Arrays.copyOf(ring, ring.length * 2);
        }
        node.ringIndex = ringSize;
        ring[ringSize++] = node;
    }

    private void removeFromRing(Node node) {
        int index = node.ringIndex;
        Node last = ring[--ringSize];
        ring[index] = last;
        last.ringIndex = index;
        ring[ringSize] = null;
        node.ringIndex = -1;
    }
}
