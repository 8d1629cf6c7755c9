package io.dosql.engine.durable;

import io.dosql.core.ErrorCode;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.catalog.TableInfo;

/**
 * Applies one committed transaction's redo ({@link RedoBuffer} format) to the catalog: DDL through the
 * database's own executor, row changes straight to the table store with every index of the table kept
 * in step (indexes are not logged).
 */
final class RedoReplay {
    private final ByteSource in;
    private final Catalog catalog;
    private final java.util.function.Consumer<LoggedDdl> ddl;
    private TableInfo table;

    private RedoReplay(ByteSource in, Catalog catalog, java.util.function.Consumer<LoggedDdl> ddl) {
        this.in = in;
        this.catalog = catalog;
        this.ddl = ddl;
    }

    static void apply(byte[] redo, String origin, Catalog catalog, java.util.function.Consumer<LoggedDdl> ddl) {
        RedoReplay replay = new RedoReplay(new ByteSource(redo, origin), catalog, ddl);
        while (replay.in.hasRemaining()) {
            replay.next();
        }
    }

    private void next() {
        int code = in.readByte();
        RedoOp op = RedoOp.fromCode(code);
        if (op == null) {
            throw corrupt("unknown redo operation " + code);
        }
        switch (op) {
            case TABLE -> table = requireTable(in.readString(), in.readString());
            case PUT -> put(in.readVarLong(), ValueCodec.readRow(in));
            case UPDATE -> update(in.readVarLong(), ValueCodec.readRow(in));
            case DELETE -> delete(in.readVarLong());
            case CLEAR -> {
                requireSelected().store.clear();
                for (IndexInfo index : table.indexes) {
                    index.store.clear();
                }
            }
            case DDL -> {
                ddl.accept(LoggedDdl.read(in));
                table = null;
            }
            case IDENTITY -> {
                TableInfo owner = requireTable(in.readString(), in.readString());
                String columnName = in.readString();
                long value = in.readSignedVarLong();
                int position = owner.columnIndex(columnName);
                ColumnInfo column = position < 0 ? null : owner.columns.get(position);
                if (column == null || column.identity == null) {
                    throw corrupt("no identity column \"" + columnName + "\" in table \"" + owner.name + "\"");
                }
                column.identity.accumulateAndGet(value, Math::max);
            }
            case SEQUENCE -> {
                String schemaName = in.readString();
                String name = in.readString();
                long last = in.readSignedVarLong();
                boolean called = in.readByte() != 0;
                Catalog.Schema schema = catalog.schema(schemaName);
                io.dosql.engine.catalog.SequenceInfo sequence = schema == null ? null : schema.sequences.get(name);
                if (sequence == null) {
                    throw corrupt("unknown sequence \"" + schemaName + "." + name + "\"");
                }
                // Positions are logged in commit order, each the latest: the last one replayed is the position.
                sequence.position(last, called);
            }
            default -> throw corrupt("unhandled redo operation " + op);
        }
    }

    private void put(long rowId, Object[] row) {
        TableInfo target = requireSelected();
        Object[] previous = target.store.get(rowId);
        if (previous != null) {
            removeKeys(target, rowId, previous);
        }
        target.store.restore(rowId, row);
        for (IndexInfo index : target.indexes) {
            index.store.insert(index.keyOf(row), rowId);
        }
    }

    private void update(long rowId, Object[] row) {
        TableInfo target = requireSelected();
        Object[] previous = target.store.get(rowId);
        if (previous == null) {
            throw corrupt("update of missing row " + rowId + " of table \"" + target.name + "\"");
        }
        removeKeys(target, rowId, previous);
        target.store.update(rowId, row);
        for (IndexInfo index : target.indexes) {
            index.store.insert(index.keyOf(row), rowId);
        }
    }

    private void delete(long rowId) {
        TableInfo target = requireSelected();
        Object[] previous = target.store.get(rowId);
        if (previous == null) {
            throw corrupt("delete of missing row " + rowId + " of table \"" + target.name + "\"");
        }
        removeKeys(target, rowId, previous);
        target.store.delete(rowId);
    }

    private static void removeKeys(TableInfo target, long rowId, Object[] row) {
        for (IndexInfo index : target.indexes) {
            index.store.delete(index.keyOf(row), rowId);
        }
    }

    private TableInfo requireSelected() {
        if (table == null) {
            throw corrupt("row change before any table was named");
        }
        return table;
    }

    private TableInfo requireTable(String schemaName, String name) {
        Catalog.Schema schema = catalog.schema(schemaName);
        TableInfo found = schema == null ? null : schema.tables.get(name);
        if (found == null) {
            throw corrupt("unknown table \"" + schemaName + "." + name + "\"");
        }
        return found;
    }

    private RuntimeException corrupt(String reason) {
        return ErrorCode.DATA_CORRUPTED.exception(0, in.origin(), reason);
    }
}
