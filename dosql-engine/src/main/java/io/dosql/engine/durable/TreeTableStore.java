package io.dosql.engine.durable;

import io.dosql.btree.BTree;
import io.dosql.btree.Cursor;
import io.dosql.engine.storage.TableCursor;
import io.dosql.engine.storage.TableStore;

/**
 * A table kept in a B+tree keyed by row id, rows encoded by {@link ValueCodec} (decoded on every read, so
 * callers get their own arrays). Every tree access holds {@code lock} (the pager's buffer pool is shared
 * by the reading sessions). The {@code *Encoded} methods take rows the caller already encoded (for the
 * redo log), so a change is encoded once.
 */
final class TreeTableStore implements TableStore {
    private static final String ORIGIN = DurableStorage.DATA_OBJECT;

    private final BTree<Long, byte[]> tree;
    private final Object lock;
    private long limit;

    TreeTableStore(BTree<Long, byte[]> tree, long rowIdLimit, Object lock) {
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

    private static Object[] decode(byte[] encoded) {
        return encoded == null ? null : ValueCodec.decodeRow(encoded, ORIGIN);
    }

    @Override
    public long insert(Object[] row) {
        return insertEncoded(ValueCodec.encodeRow(row));
    }

    long insertEncoded(byte[] row) {
        synchronized (lock) {
            long rowId = limit;
            tree.put(rowId, row);
            limit++;
            return rowId;
        }
    }

    @Override
    public Object[] get(long rowId) {
        byte[] encoded;
        synchronized (lock) {
            encoded = tree.get(rowId);
        }
        return decode(encoded);
    }

    @Override
    public void update(long rowId, Object[] row) {
        updateEncoded(rowId, ValueCodec.encodeRow(row));
    }

    void updateEncoded(long rowId, byte[] row) {
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
        restoreEncoded(rowId, ValueCodec.encodeRow(row));
    }

    void restoreEncoded(long rowId, byte[] row) {
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
        Cursor<Long, byte[]> cursor;
        synchronized (lock) {
            cursor = tree.cursor(from, true, toExclusive, false);
        }
        // Rows are decoded when asked for (stored values are never changed in place, only replaced).
        return new TableCursor() {
            private long rowId = -1;
            private byte[] encoded;
            private Object[] row;

            @Override
            public boolean next() {
                row = null;
                synchronized (lock) {
                    if (!cursor.next()) {
                        encoded = null;
                        return false;
                    }
                    rowId = cursor.key();
                    encoded = cursor.value();
                }
                return true;
            }

            @Override
            public long rowId() {
                return rowId;
            }

            @Override
            public Object[] row() {
                if (row == null && encoded != null) {
                    row = decode(encoded);
                }
                return row;
            }

            @Override
            public Object[] partialRow(boolean[] wanted) {
                return row != null || encoded == null ? row : ValueCodec.decodeColumns(encoded, wanted, ORIGIN);
            }
        };
    }
}
