package io.dosql.engine.planner;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.RowIterator;
import io.dosql.engine.execution.TableWriter;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.value.Casts;
import java.util.List;
import java.util.function.Function;

/**
 * INSERT: rows from VALUES expressions or a query, completed with defaults and identity values,
 * converted to the column types, then written with constraints checked; ON CONFLICT and SQLite's
 * OR REPLACE / OR IGNORE decide what happens on a unique conflict.
 */
public final class InsertPlan extends ModificationPlan {
    /** What to do when a unique index already holds the key. */
    public enum ConflictAction { ERROR, NOTHING, UPDATE, REPLACE }

    private final int[] targetColumns;
    /** VALUES rows (entries null = DEFAULT), or null when {@code query} feeds the rows. */
    private final List<List<BoundExpression>> valueRows;
    private final PhysicalOperator query;
    /** Per table column: whether {@link #targetColumns} names it (never written after construction). */
    private final boolean[] targeted;
    /** Per table column: its default expression (null: NULL or identity). */
    private final BoundExpression[] defaults;
    private final ConflictAction conflictAction;
    private final IndexInfo conflictIndex;
    /** DO UPDATE: per table column, the new value over {existing row ++ excluded row}, or null to keep. */
    private final BoundExpression[] updates;
    private final BoundExpression updateWhere;
    /** OVERRIDING SYSTEM VALUE / USER VALUE for identity columns. */
    private final io.dosql.parser.ast.InsertStatement.Overriding overriding;

    public InsertPlan(TableInfo table, int[] targetColumns, List<List<BoundExpression>> valueRows, PhysicalOperator query,
                      BoundExpression[] defaults, ConflictAction conflictAction, IndexInfo conflictIndex,
                      BoundExpression[] updates, BoundExpression updateWhere, List<BoundExpression> returning,
                      List<ResultColumn> returningColumns, List<SqlType> parameterTypes,
                      io.dosql.engine.execution.TableRules rules) {
        this(table, targetColumns, valueRows, query, defaults, conflictAction, conflictIndex, updates, updateWhere,
                returning, returningColumns, parameterTypes, rules, io.dosql.parser.ast.InsertStatement.Overriding.NONE);
    }

    public InsertPlan(TableInfo table, int[] targetColumns, List<List<BoundExpression>> valueRows, PhysicalOperator query,
                      BoundExpression[] defaults, ConflictAction conflictAction, IndexInfo conflictIndex,
                      BoundExpression[] updates, BoundExpression updateWhere, List<BoundExpression> returning,
                      List<ResultColumn> returningColumns, List<SqlType> parameterTypes,
                      io.dosql.engine.execution.TableRules rules, io.dosql.parser.ast.InsertStatement.Overriding overriding) {
        super(table, returning, returningColumns, parameterTypes, rules);
        this.overriding = overriding;
        this.targetColumns = targetColumns;
        this.targeted = new boolean[table.columns.size()];
        for (int column : targetColumns) {
            targeted[column] = true;
        }
        this.valueRows = valueRows;
        this.query = query;
        this.defaults = defaults;
        this.conflictAction = conflictAction;
        this.conflictIndex = conflictIndex;
        this.updates = updates;
        this.updateWhere = updateWhere;
    }

    /** The target table. */
    public TableInfo table() {
        return table;
    }

    /**
     * Whether an execution writes exactly its one VALUES row, computed from parameters and constants
     * alone (no query, subquery, RETURNING or ON CONFLICT), so that it reads nothing a snapshot decides.
     */
    public boolean writesOneValuesRow() {
        if (valueRows == null || valueRows.size() != 1 || returning != null || conflictAction != ConflictAction.ERROR) {
            return false;
        }
        return valuesOnly(valueRows.get(0)) && valuesOnly(java.util.Arrays.asList(defaults));
    }

    /** Whether every expression (nulls aside) reads no row: parameters, constants, operators and calls. */
    private static boolean valuesOnly(List<BoundExpression> expressions) {
        for (BoundExpression expression : expressions) {
            if (expression != null && io.dosql.engine.expression.ReferencedColumns.of(expression, 0) == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected long run(ExecutionContext context, TableWriter writer, List<Object[]> returned) {
        long count = 0;
        // DO UPDATE may change a row only once per command (PostgreSQL: 21000), so the rows it wrote are noted.
        java.util.Set<Long> written = conflictAction == ConflictAction.UPDATE ? new java.util.HashSet<>() : null;
        if (valueRows != null) {
            for (int row = 0; row < valueRows.size(); row++) {
                List<BoundExpression> expressions = valueRows.get(row);
                Object[] provided = new Object[targetColumns.length];
                boolean[] useDefault = null;
                for (int index = 0; index < provided.length; index++) {
                    BoundExpression expression = expressions.get(index);
                    if (expression == null) {
                        if (useDefault == null) {
                            useDefault = new boolean[targetColumns.length];
                        }
                        useDefault[index] = true;
                    } else {
                        provided[index] = expression.evaluate(null, context);
                    }
                }
                count += insertOne(provided, useDefault, context, writer, returned, written);
            }
        } else {
            java.util.List<Object[]> sourceRows = new java.util.ArrayList<>();
            RowIterator rows = query.open(context);
            for (Object[] row; (row = rows.next()) != null; ) {
                sourceRows.add(row);
            }
            rows.close();
            for (Object[] row : sourceRows) {
                Object[] provided = new Object[targetColumns.length];
                for (int index = 0; index < provided.length; index++) {
                    ColumnInfo column = table.columns.get(targetColumns[index]);
                    provided[index] = Casts.assignmentCast(row[index], column.type, column.name);
                }
                count += insertOne(provided, null, context, writer, returned, written);
            }
        }
        return count;
    }

    /** Inserts one row of values for the target columns ({@code useDefault}: DEFAULT), e.g. for MERGE's INSERT. */
    int insertProvided(Object[] provided, boolean[] useDefault, ExecutionContext context, TableWriter writer) {
        return insertOne(provided, useDefault, context, writer, null, null);
    }

    private int insertOne(Object[] provided, boolean[] useDefault, ExecutionContext context, TableWriter writer,
                          List<Object[]> returned, java.util.Set<Long> written) {
        int width = table.columns.size();
        Object[] row = new Object[width];
        // Which columns the statement gives (the rest take defaults): the plan's own, read-only array when
        // no DEFAULT is written and no identity value is overridden.
        boolean plain = useDefault == null && overriding != io.dosql.parser.ast.InsertStatement.Overriding.USER_VALUE
                && targeted.length == width;
        boolean[] set = plain ? targeted : new boolean[width];
        for (int index = 0; index < targetColumns.length; index++) {
            if (useDefault == null || !useDefault[index]) {
                int column = targetColumns[index];
                ColumnInfo info = table.columns.get(column);
                if (info.identity != null && overriding == io.dosql.parser.ast.InsertStatement.Overriding.USER_VALUE) {
                    continue; // the given value is ignored: the identity column takes its next value
                }
                if (info.identityAlways && info.identity != null
                        && overriding != io.dosql.parser.ast.InsertStatement.Overriding.SYSTEM_VALUE) {
                    throw ErrorCode.GENERATED_ALWAYS.exception(info.name)
                            .withDetail("Column \"" + info.name + "\" is an identity column defined as GENERATED ALWAYS.")
                            .withHint("Use OVERRIDING SYSTEM VALUE to override.");
                }
                row[column] = provided[index];
                if (!plain) {
                    set[column] = true;
                }
            }
        }
        for (int column = 0; column < width; column++) {
            if (set[column]) {
                continue;
            }
            ColumnInfo info = table.columns.get(column);
            if (info.identity != null) {
                long next = info.identity.incrementAndGet();
                row[column] = Casts.assignmentCast(next, info.type, info.name);
            } else if (defaults[column] != null) {
                row[column] = Casts.assignmentCast(defaults[column].evaluate(null, context), info.type, info.name);
            }
        }
        if (conflictAction != ConflictAction.ERROR) {
            long existing = TableWriter.findConflict(table, row, -1, conflictIndex);
            if (existing >= 0) {
                switch (conflictAction) {
                    case NOTHING:
                        return 0;
                    case REPLACE:
                        while (existing >= 0) {
                            if (!writer.delete(table, existing, table.store.getLatest(existing))) {
                                break; // a BEFORE DELETE trigger kept the row: the insert reports the conflict
                            }
                            existing = TableWriter.findConflict(table, row, -1, null);
                        }
                        break;
                    default: {
                        if (written != null && !written.add(existing)) {
                            throw ErrorCode.CARDINALITY_VIOLATION.exception(
                                    "ON CONFLICT DO UPDATE command cannot affect row a second time")
                                    .withHint("Ensure that no rows proposed for insertion within the same command have"
                                            + " duplicate constrained values.");
                        }
                        Object[] old = table.store.getLatest(existing);
                        Object[] combined = new Object[width * 2];
                        System.arraycopy(old, 0, combined, 0, width);
                        System.arraycopy(row, 0, combined, width, width);
                        if (updateWhere != null && !updateWhere.test(combined, context)) {
                            return 0;
                        }
                        Object[] updated = old.clone();
                        for (int column = 0; column < width; column++) {
                            if (updates[column] != null) {
                                updated[column] = updates[column].evaluate(combined, context);
                            }
                        }
                        writer.update(table, existing, old, updated);
                        addReturning(updated, context, returned);
                        return 1;
                    }
                }
            }
        }
        long rowId = writer.insert(table, row);
        if (rowId < 0) {
            return 0;
        }
        if (written != null) {
            written.add(rowId);
        }
        addReturning(row, context, returned);
        return 1;
    }

    @Override
    protected String tag(long count) {
        return count == 1 ? "INSERT 0 1" : "INSERT 0 " + count;
    }

    @Override
    protected PhysicalOperator source() {
        return query;
    }
}
