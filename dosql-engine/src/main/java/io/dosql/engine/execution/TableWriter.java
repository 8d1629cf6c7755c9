package io.dosql.engine.execution;

import io.dosql.core.ErrorCode;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.CheckInfo;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.ForeignKeyInfo;
import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.trigger.Triggers;
import io.dosql.parser.ast.CreateTriggerStatement.Event;
import io.dosql.parser.ast.CreateTriggerStatement.Timing;
import io.dosql.engine.value.ValueFormatter;
import io.dosql.engine.value.Values;
import io.dosql.parser.ast.ReferentialAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies row changes to a table with every constraint enforced (NOT NULL, CHECK, UNIQUE/PRIMARY KEY,
 * FOREIGN KEY with its referential actions), keeping indexes in step, recording undo actions and
 * firing row triggers before and after each change.
 */
public final class TableWriter {
    private final ExecutionContext context;
    private final StatementEnvironment environment;
    private final TableRules rules;

    public TableWriter(ExecutionContext context, TableRules rules) {
        this.context = context;
        this.environment = context.environment();
        this.rules = rules;
    }

    /** Inserts {@code row}; returns its row id, or -1 when a BEFORE trigger's RAISE(IGNORE) skipped it. */
    public long insert(TableInfo table, Object[] row) {
        if (!Triggers.fire(context, table, Timing.BEFORE, Event.INSERT, null, row, null)) {
            return -1;
        }
        long rowId = insertRow(table, row);
        Triggers.fire(context, table, Timing.AFTER, Event.INSERT, null, row, null);
        return rowId;
    }

    private long insertRow(TableInfo table, Object[] row) {
        validate(table, row, -1);
        long rowId = table.store.insert(row);
        // Recorded before the index changes, which may fail (a durable index refuses a key too large).
        if (!(environment.newestUndoSinceMark() instanceof InsertUndo previous && previous.extend(table, rowId))) {
            environment.recordUndo(new InsertUndo(table, rowId));
        }
        List<IndexInfo> indexes = table.indexes;
        for (int position = 0; position < indexes.size(); position++) {
            IndexInfo index = indexes.get(position);
            index.store.insert(index.keyOf(row), rowId);
        }
        return rowId;
    }

    /**
     * Undoes the INSERTs of consecutive row ids {@code [first, last]} of one table: removes each row and its
     * index entries, newest first. It keeps no copy of the rows, and one object serves a run of inserts (a
     * bulk load holds almost nothing per row until it commits): undo runs newest first, so the store holds
     * each row as inserted again, and it reads the index keys from there. An entry an index refused is
     * absent, and deleting an absent entry does nothing.
     */
    private static final class InsertUndo implements Runnable {
        private final TableInfo table;
        private final long first;
        private long last;

        InsertUndo(TableInfo table, long rowId) {
            this.table = table;
            this.first = rowId;
            this.last = rowId;
        }

        /** Takes the insert of {@code rowId} into {@code table} too when it directly follows this run. */
        boolean extend(TableInfo insertedInto, long rowId) {
            if (insertedInto != table || rowId != last + 1) {
                return false;
            }
            last = rowId;
            return true;
        }

        @Override
        public void run() {
            for (long rowId = last; rowId >= first; rowId--) {
                Object[] row = table.store.underlying().get(rowId);
                if (row != null) {
                    for (IndexInfo index : table.indexes) {
                        index.store.delete(index.keyOf(row), rowId);
                    }
                }
                table.store.delete(rowId);
            }
        }
    }

    /** Index changes made so far by one row change, undone newest first. */
    private static final class IndexSteps {
        private final List<Runnable> inverses = new ArrayList<>();

        void insert(IndexInfo index, Object[] key, long rowId) {
            index.store.insert(key, rowId);
            inverses.add(() -> index.store.delete(key, rowId));
        }

        void delete(IndexInfo index, Object[] key, long rowId) {
            index.store.delete(key, rowId);
            inverses.add(() -> index.store.insert(key, rowId));
        }

        /** Snapshots that still see the old version find it through an entry the table store keeps aside. */
        void keepForOldSnapshots(TableInfo table, IndexInfo index, Object[] key, long rowId) {
            if (table.store.keepOldIndexEntry(index, key, rowId)) {
                inverses.add(() -> table.store.dropOldIndexEntry(index, key, rowId));
            }
        }

        void undo() {
            for (int step = inverses.size() - 1; step >= 0; step--) {
                inverses.get(step).run();
            }
            inverses.clear();
        }
    }

    public void update(TableInfo table, long rowId, Object[] oldRow, Object[] newRow) {
        update(table, rowId, oldRow, newRow, null);
    }

    /**
     * UPDATE of one row; {@code assignedColumns} (null: the changed ones) decides UPDATE OF triggers.
     * Returns false when a BEFORE trigger skipped the change (RAISE(IGNORE) or it deleted the row).
     */
    public boolean update(TableInfo table, long rowId, Object[] oldRow, Object[] newRow, boolean[] assignedColumns) {
        return update(table, rowId, oldRow, newRow, assignedColumns, false);
    }

    /** As above; {@code locked}: the caller already holds the row lock ({@code TableStore.lockNewest}). */
    public boolean update(TableInfo table, long rowId, Object[] oldRow, Object[] newRow, boolean[] assignedColumns,
                          boolean locked) {
        // The row lock: waits for a concurrent writer; a change committed after the snapshot fails or restarts.
        if (!locked && table.store.lockForWrite(rowId) == null) {
            return false;
        }
        if (!Triggers.fire(context, table, Timing.BEFORE, Event.UPDATE, oldRow, newRow, assignedColumns)) {
            return false;
        }
        // A BEFORE trigger may have changed or deleted the row; index maintenance needs its current values.
        Object[] current = table.store.get(rowId);
        if (current == null) {
            return false;
        }
        updateRow(table, rowId, current, newRow);
        Triggers.fire(context, table, Timing.AFTER, Event.UPDATE, oldRow, newRow, assignedColumns);
        return true;
    }

    private void updateRow(TableInfo table, long rowId, Object[] oldRow, Object[] newRow) {
        validate(table, newRow, rowId);
        applyReferencingActions(table, oldRow, newRow);
        IndexSteps steps = new IndexSteps();
        boolean[] stored = {false};
        environment.recordUndo(() -> {
            steps.undo();
            if (stored[0]) {
                table.store.update(rowId, oldRow);
            }
        });
        table.store.update(rowId, newRow);
        stored[0] = true;
        for (IndexInfo index : table.indexes) {
            Object[] oldKey = index.keyOf(oldRow);
            Object[] newKey = index.keyOf(newRow);
            if (!IndexInfo.sameKey(oldKey, newKey)) {
                steps.delete(index, oldKey, rowId);
                steps.keepForOldSnapshots(table, index, oldKey, rowId);
                steps.insert(index, newKey, rowId);
            }
        }
    }

    /** Deletes the row; returns false when it was already gone or a BEFORE trigger skipped the change. */
    public boolean delete(TableInfo table, long rowId, Object[] row) {
        return delete(table, rowId, row, false);
    }

    /** As above; {@code locked}: the caller already holds the row lock ({@code TableStore.lockNewest}). */
    public boolean delete(TableInfo table, long rowId, Object[] row, boolean locked) {
        if (!locked && table.store.lockForWrite(rowId) == null) {
            return false;
        }
        if (!Triggers.fire(context, table, Timing.BEFORE, Event.DELETE, row, null, null)) {
            return false;
        }
        Object[] current = table.store.get(rowId);
        if (current == null) {
            return false;
        }
        deleteRow(table, rowId, current);
        Triggers.fire(context, table, Timing.AFTER, Event.DELETE, row, null, null);
        return true;
    }

    private void deleteRow(TableInfo table, long rowId, Object[] row) {
        applyReferencingActions(table, row, null);
        IndexSteps steps = new IndexSteps();
        boolean[] removed = {false};
        environment.recordUndo(() -> {
            if (removed[0]) {
                table.store.restore(rowId, row);
            }
            steps.undo();
        });
        table.store.delete(rowId);
        removed[0] = true;
        for (IndexInfo index : table.indexes) {
            Object[] key = index.keyOf(row);
            steps.delete(index, key, rowId);
            steps.keepForOldSnapshots(table, index, key, rowId);
        }
    }

    /** The row id of a row conflicting with {@code row} on a unique index (other than {@code self}), or -1. */
    public static long findConflict(TableInfo table, Object[] row, long self, IndexInfo only) {
        for (IndexInfo index : table.indexes) {
            if (!index.unique || only != null && index != only) {
                continue;
            }
            Object[] key = index.keyOf(row);
            if (IndexInfo.hasNull(key)) {
                continue;
            }
            long found = conflictingRow(table, index, key, self);
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    private void validate(TableInfo table, Object[] row, long self) {
        for (int index = 0; index < table.columns.size(); index++) {
            ColumnInfo column = table.columns.get(index);
            if (column.notNull && row[index] == null) {
                throw ErrorCode.NOT_NULL_VIOLATION.exception(column.name, table.name)
                        .withDetail("Failing row contains " + describeRow(table, row) + ".");
            }
        }
        if (!table.checks.isEmpty()) {
            List<BoundExpression> checks = rules.checks(table);
            for (int index = 0; index < checks.size(); index++) {
                if (checks.get(index).evaluate(row, context) == Boolean.FALSE) {
                    CheckInfo check = table.checks.get(index);
                    throw ErrorCode.CHECK_VIOLATION.exception(table.name, check.name())
                            .withDetail("Failing row contains " + describeRow(table, row) + ".");
                }
            }
        }
        // Indexed loops: this runs per written row (an iterator per loop showed in bulk loads).
        List<IndexInfo> indexes = table.indexes;
        for (int position = 0; position < indexes.size(); position++) {
            IndexInfo index = indexes.get(position);
            if (!index.unique) {
                continue;
            }
            Object[] key = index.keyOf(row);
            if (IndexInfo.hasNull(key)) {
                continue;
            }
            if (conflictingRow(table, index, key, self) >= 0) {
                throw ErrorCode.UNIQUE_VIOLATION.exception(index.name)
                        .withDetail("Key (" + columnNames(table, index.columns) + ")=(" + values(key) + ") already exists.");
            }
        }
        List<ForeignKeyInfo> foreignKeys = table.foreignKeys;
        for (int position = 0; position < foreignKeys.size(); position++) {
            requireReferenced(foreignKeys.get(position), row);
        }
    }

    /**
     * A row of {@code foreignKey}'s table must reference an existing row unless a key column is NULL
     * (23503); also how ALTER TABLE ADD FOREIGN KEY checks the rows already there.
     */
    public static void requireReferenced(ForeignKeyInfo foreignKey, Object[] row) {
        Object[] key = new Object[foreignKey.columns.length];
        for (int index = 0; index < key.length; index++) {
            key[index] = row[foreignKey.columns[index]];
            if (key[index] == null) {
                return;
            }
        }
        if (!referencedExists(foreignKey, key)) {
            TableInfo table = foreignKey.table;
            throw ErrorCode.FOREIGN_KEY_VIOLATION.exception("insert or update on table \"" + table.name
                    + "\" violates foreign key constraint \"" + foreignKey.name + "\"")
                    .withDetail("Key (" + columnNames(table, foreignKey.columns) + ")=(" + values(key)
                            + ") is not present in table \"" + foreignKey.referenced.name + "\".");
        }
    }

    private static boolean referencedExists(ForeignKeyInfo foreignKey, Object[] key) {
        TableInfo referenced = foreignKey.referenced;
        for (IndexInfo index : referenced.indexes) {
            if (java.util.Arrays.equals(index.columns, foreignKey.referencedColumns)) {
                return conflictingRow(referenced, index, key, -1) >= 0;
            }
        }
        return !matchingRows(referenced, foreignKey.referencedColumns, key).isEmpty();
    }

    /** Row ids of {@code table} whose {@code columns} equal {@code key}. */
    private static List<Long> matchingRows(TableInfo table, int[] columns, Object[] key) {
        List<Long> result = new ArrayList<>();
        for (IndexInfo index : table.indexes) {
            if (index.columns.length >= columns.length
                    && java.util.Arrays.equals(java.util.Arrays.copyOf(index.columns, columns.length), columns)) {
                index.store.seekEqual(key, result::add);
                if (table.store.hasVersions()) {
                    table.store.seekOldIndexEntries(index, key, result::add);
                    // Entries of old versions, and rows another transaction is changing: the newest version decides.
                    result.removeIf(rowId -> {
                        Object[] row = table.store.getLatest(rowId);
                        return row == null || !matches(row, columns, key);
                    });
                }
                return result;
            }
        }
        io.dosql.engine.storage.TableCursor cursor = table.store.scan(0, table.store.rowIdLimit());
        while (cursor.next()) {
            if (matches(cursor.row(), columns, key)) {
                result.add(cursor.rowId());
            }
        }
        return result;
    }

    private static boolean matches(Object[] row, int[] columns, Object[] key) {
        for (int index = 0; index < columns.length; index++) {
            Object value = row[columns[index]];
            if (value == null || !Values.equal(value, key[index])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row other than {@code self} whose newest version has {@code key} in the unique {@code index},
     * or -1. A row another transaction is changing is waited for (it decides when that one ends).
     */
    static long conflictingRow(TableInfo table, IndexInfo index, Object[] key, long self) {
        if (!table.store.hasVersions()) {
            return index.store.findAny(key, self);
        }
        if (index.store.findAny(key, self) < 0 && !hasOldEntry(table, index, key, self)) {
            return -1; // no candidate at all (the common insert): nothing to wait for
        }
        while (true) {
            List<Long> candidates = candidates(table, index, key);
            if (candidates.isEmpty() || candidates.size() == 1 && candidates.get(0) == self) {
                return -1; // nothing to wait for, so nothing can have changed meanwhile
            }
            for (long rowId : candidates) {
                if (rowId == self) {
                    continue;
                }
                Object[] row = table.store.getLatest(rowId);
                if (row != null && IndexInfo.sameKey(index.keyOf(row), key)) {
                    return rowId;
                }
            }
            // A wait may have let another transaction add a row with the key: look again until stable.
            if (candidates(table, index, key).equals(candidates)) {
                return -1;
            }
        }
    }

    /** Row ids whose entries (of the newest versions, or kept for old snapshots) have {@code key}. */
    private static List<Long> candidates(TableInfo table, IndexInfo index, Object[] key) {
        List<Long> candidates = new ArrayList<>();
        index.store.seekEqual(key, candidates::add);
        table.store.seekOldIndexEntries(index, key, candidates::add);
        return candidates;
    }

    private static boolean hasOldEntry(TableInfo table, IndexInfo index, Object[] key, long self) {
        if (!table.store.hasOldIndexEntries(index)) {
            return false; // the common case, asked for every inserted row: no allocation
        }
        boolean[] found = {false};
        table.store.seekOldIndexEntries(index, key, rowId -> found[0] |= rowId != self);
        return found[0];
    }

    /** Enforces foreign keys pointing at {@code table} when a row is deleted ({@code newRow} null) or updated. */
    private void applyReferencingActions(TableInfo table, Object[] oldRow, Object[] newRow) {
        Catalog catalog = environment.schemaCatalog();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo child : schema.tables.values()) {
                for (ForeignKeyInfo foreignKey : child.foreignKeys) {
                    if (foreignKey.referenced != table) {
                        continue;
                    }
                    Object[] oldKey = new Object[foreignKey.referencedColumns.length];
                    boolean changed = newRow == null;
                    for (int index = 0; index < oldKey.length; index++) {
                        oldKey[index] = oldRow[foreignKey.referencedColumns[index]];
                        if (newRow != null) {
                            Object updated = newRow[foreignKey.referencedColumns[index]];
                            changed |= updated == null || !Values.equal(updated, oldKey[index]);
                        }
                        if (oldKey[index] == null) {
                            changed = false;
                            break;
                        }
                    }
                    if (!changed) {
                        continue;
                    }
                    List<Long> children = matchingRows(child, foreignKey.columns, oldKey);
                    if (children.isEmpty()) {
                        continue;
                    }
                    ReferentialAction action = newRow == null ? foreignKey.onDelete : foreignKey.onUpdate;
                    for (long childRowId : children) {
                        Object[] childRow = child.store.getLatest(childRowId);
                        if (childRow == null) {
                            continue;
                        }
                        switch (action) {
                            case CASCADE:
                                if (newRow == null) {
                                    delete(child, childRowId, childRow);
                                } else {
                                    Object[] updated = childRow.clone();
                                    for (int index = 0; index < foreignKey.columns.length; index++) {
                                        updated[foreignKey.columns[index]] = newRow[foreignKey.referencedColumns[index]];
                                    }
                                    update(child, childRowId, childRow, updated);
                                }
                                break;
                            case SET_NULL:
                            case SET_DEFAULT: {
                                Object[] updated = childRow.clone();
                                boolean stillOldKey = true;
                                for (int index = 0; index < foreignKey.columns.length; index++) {
                                    int column = foreignKey.columns[index];
                                    BoundExpression fallback = action == ReferentialAction.SET_DEFAULT
                                            ? rules.defaultOf(child, column) : null;
                                    updated[column] = fallback == null ? null : fallback.evaluate(null, context);
                                    stillOldKey &= updated[column] != null && Values.equal(updated[column], oldKey[index]);
                                }
                                // The parent row changes after its children: a default equal to the key going
                                // away would pass the child's check now and dangle afterwards (PostgreSQL: 23503).
                                if (stillOldKey) {
                                    throw stillReferenced(table, child, foreignKey, oldKey);
                                }
                                update(child, childRowId, childRow, updated);
                                break;
                            }
                            default:
                                if (child == table && newRow == null) {
                                    continue;
                                }
                                throw stillReferenced(table, child, foreignKey, oldKey);
                        }
                    }
                }
            }
        }
    }

    private static io.dosql.core.DoSqlException stillReferenced(TableInfo table, TableInfo child, ForeignKeyInfo foreignKey,
                                                               Object[] oldKey) {
        return ErrorCode.FOREIGN_KEY_VIOLATION.exception("update or delete on table \"" + table.name
                + "\" violates foreign key constraint \"" + foreignKey.name + "\" on table \""
                + child.name + "\"").withDetail("Key (" + columnNames(table,
                foreignKey.referencedColumns) + ")=(" + values(oldKey)
                + ") is still referenced from table \"" + child.name + "\".");
    }

    static String columnNames(TableInfo table, int[] columns) {
        List<String> names = new ArrayList<>();
        for (int column : columns) {
            names.add(table.columns.get(column).name);
        }
        return String.join(", ", names);
    }

    static String values(Object[] key) {
        List<String> parts = new ArrayList<>();
        for (Object value : key) {
            parts.add(value == null ? "null" : ValueFormatter.toText(value, null));
        }
        return String.join(", ", parts);
    }

    private static String describeRow(TableInfo table, Object[] row) {
        return "(" + values(java.util.Arrays.copyOf(row, table.columns.size())) + ")";
    }
}
