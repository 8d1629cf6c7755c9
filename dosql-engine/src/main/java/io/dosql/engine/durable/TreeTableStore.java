package io.dosql.engine.durable;

import io.dosql.btree.BTree;
import io.dosql.btree.Cursor;
import io.dosql.engine.storage.TableCursor;
import io.dosql.engine.storage.TableStore;

/**
 * A table kept in a B+tree keyed by row id. Every tree access holds {@code lock} (the pager's buffer
 * pool is shared by the reading sessions).
 */
final class TreeTableStore implements TableStore {
    private final BTree<Long, Object[]> tree;
    private final Object lock;
    private long limit;

    TreeTableStore(BTree<Long, Object[]> tree, long rowIdLimit, Object lock) {
        this.tree = tree;
        this.lock = lock;
        synchronized (lock) {
            Long last = tree.lastKey();
            this.limit = Math.max(rowIdLimit, last == null ? 0 : last + 1);
        }
    }

    long treeId() {
        return tree.id();
    }

    @Override
    public long insert(Object[] row) {
        synchronized (lock) {
            long rowId = limit;
            tree.put(rowId, row);
            limit++;
            return rowId;
        }
    }

    @Override
    public Object[] get(long rowId) {
        synchronized (lock) {
            return tree.get(rowId);
        }
    }

    @Override
    public void update(long rowId, Object[] row) {
        synchronized (lock) {
            tree.put(rowId, row);
        }
    }

    @Override
    public void delete(long rowId) {
        synchronized (lock) {
            tree.remove(rowId);
        }
    }

    @Override
    public void restore(long rowId, Object[] row) {
        synchronized (lock) {
            tree.put(rowId, row);
            limit = Math.max(limit, rowId + 1);
        }
    }

    @Override
    public long rowIdLimit() {
        synchronized (lock) {
            return limit;
        }
    }

    @Override
    public long rowCount() {
        synchronized (lock) {
            return tree.size();
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            tree.clear();
            limit = 0;
        }
    }

    @Override
    public TableCursor scan(long from, long toExclusive) {
        Cursor<Long, Object[]> cursor;
        synchronized (lock) {
            cursor = tree.cursor(from, true, toExclusive, false);
        }
        return new TableCursor() {
            private long rowId = -1;
            private Object[] row;

            @Override
            public boolean next() {
                synchronized (lock) {
                    if (!cursor.next()) {
                        row = null;
                        return false;
                    }
                    rowId = cursor.key();
                    row = cursor.value();
                    return true;
                }
            }

            @Override
            public long rowId() {
                return rowId;
            }

            @Override
            public Object[] row() {
                return row;
            }
        };
    }
}
