package io.dosql.engine.durable;

import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.storage.TableCursor;
import io.dosql.engine.storage.TableStore;

/**
 * A table store that records every change in the redo buffer of the write transaction that makes it
 * (see {@link DurableStorage#currentRedo()}) before applying it to the store underneath (a B+tree, or
 * an in-memory placeholder while recovery replays the checkpoint's DDL history).
 */
final class LoggedTableStore implements TableStore {
    private TableStore rows;
    private final TableInfo table;
    private final DurableStorage storage;

    LoggedTableStore(TableStore rows, TableInfo table, DurableStorage storage) {
        this.rows = rows;
        this.table = table;
        this.storage = storage;
    }

    TableStore rows() {
        return rows;
    }

    /** Recovery swaps the in-memory placeholder for the tree saved under the table's name. */
    void replaceRows(TableStore newRows) {
        rows = newRows;
    }

    @Override
    public long insert(Object[] row) {
        RedoBuffer redo = storage.redoFor(table);
        if (redo == null) {
            return rows.insert(row);
        }
        int mark = redo.size();
        long expected = rows.rowIdLimit();
        // A tree store keeps the very bytes the redo log gets: the row is encoded once.
        TreeTableStore tree = rows instanceof TreeTableStore t ? t : null;
        byte[] encoded = tree == null ? null : ValueCodec.encodeRow(row);
        if (tree == null) {
            redo.put(table, expected, row);
        } else {
            redo.putEncoded(table, expected, encoded);
        }
        try {
            long rowId = tree == null ? rows.insert(row) : tree.insertEncoded(encoded);
            if (rowId != expected) {
                throw new IllegalStateException("store assigned row id " + rowId + ", expected " + expected);
            }
            return rowId;
        } catch (RuntimeException failure) {
            redo.truncate(mark);
            throw failure;
        }
    }

    @Override
    public Object[] get(long rowId) {
        return rows.get(rowId);
    }

    @Override
    public void update(long rowId, Object[] row) {
        RedoBuffer redo = storage.redoFor(table);
        int mark = redo == null ? 0 : redo.size();
        TreeTableStore tree = rows instanceof TreeTableStore t ? t : null;
        byte[] encoded = tree == null ? null : ValueCodec.encodeRow(row);
        if (redo != null) {
            if (encoded == null) {
                redo.update(table, rowId, row);
            } else {
                redo.updateEncoded(table, rowId, encoded);
            }
        }
        try {
            if (tree == null) {
                rows.update(rowId, row);
            } else {
                tree.updateEncoded(rowId, encoded);
            }
        } catch (RuntimeException failure) {
            if (redo != null) {
                redo.truncate(mark);
            }
            throw failure;
        }
    }

    @Override
    public void delete(long rowId) {
        RedoBuffer redo = storage.redoFor(table);
        int mark = redo == null ? 0 : redo.size();
        if (redo != null) {
            redo.delete(table, rowId);
        }
        try {
            rows.delete(rowId);
        } catch (RuntimeException failure) {
            if (redo != null) {
                redo.truncate(mark);
            }
            throw failure;
        }
    }

    @Override
    public void restore(long rowId, Object[] row) {
        RedoBuffer redo = storage.redoFor(table);
        int mark = redo == null ? 0 : redo.size();
        TreeTableStore tree = rows instanceof TreeTableStore t ? t : null;
        byte[] encoded = tree == null ? null : ValueCodec.encodeRow(row);
        if (redo != null) {
            if (encoded == null) {
                redo.put(table, rowId, row);
            } else {
                redo.putEncoded(table, rowId, encoded);
            }
        }
        try {
            if (tree == null) {
                rows.restore(rowId, row);
            } else {
                tree.restoreEncoded(rowId, encoded);
            }
        } catch (RuntimeException failure) {
            if (redo != null) {
                redo.truncate(mark);
            }
            throw failure;
        }
    }

    @Override
    public long rowIdLimit() {
        return rows.rowIdLimit();
    }

    @Override
    public long rowCount() {
        return rows.rowCount();
    }

    @Override
    public void clear() {
        RedoBuffer redo = storage.redoFor(table);
        if (redo != null) {
            redo.clear(table);
        }
        rows.clear();
    }

    @Override
    public TableCursor scan(long from, long toExclusive) {
        return rows.scan(from, toExclusive);
    }
}
