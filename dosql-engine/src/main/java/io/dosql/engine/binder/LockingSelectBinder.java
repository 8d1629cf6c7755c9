package io.dosql.engine.binder;

import io.dosql.core.ErrorCode;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.mvcc.MvccTableStore;
import io.dosql.engine.planner.LockingSelectPlan;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.LockingClause;
import io.dosql.parser.ast.NamedTable;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.SelectItem;
import java.util.ArrayList;
import java.util.List;

/**
 * SELECT … FOR UPDATE / FOR SHARE over one table: the query is bound without its LIMIT/OFFSET and
 * with the hidden row id as a last output, so the plan can lock rows in the query's order and count
 * only the rows it locked (PostgreSQL's Limit above LockRows: SKIP LOCKED rows do not use up the limit).
 */
public final class LockingSelectBinder {
    private final BindingContext context;

    public LockingSelectBinder(BindingContext context) {
        this.context = context;
    }

    public LockingSelectPlan bind(Query query) {
        LockingClause locking = query.locking();
        String clause = "FOR " + locking.strength().name().replace('_', ' ');
        if (!(query.body() instanceof SelectCore core)) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(clause + " is not allowed with UNION/INTERSECT/EXCEPT");
        }
        if (core.distinct() || !core.distinctOn().isEmpty()) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(clause + " is not allowed with DISTINCT clause");
        }
        if (!core.groupBy().isEmpty() || core.having() != null) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(clause + " is not allowed with GROUP BY clause");
        }
        if (!core.windows().isEmpty()) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(clause + " is not allowed with window functions");
        }
        if (core.from().size() != 1 || !(core.from().get(0) instanceof NamedTable named)) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(clause + " over joins, subqueries or functions");
        }
        TableInfo table = context.catalog().findTable(named.name().schema(), named.name().name());
        if (table == null || !(table.store instanceof MvccTableStore store)) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(clause + " over a view or a missing table (\"" + named.name() + "\")");
        }
        String alias = named.alias() != null ? named.alias() : table.name;
        for (QualifiedName of : locking.tables()) {
            if (!of.name().equals(alias)) {
                throw ErrorCode.UNDEFINED_TABLE.exception("relation \"" + of.name() + "\" in " + clause
                        + " clause not found in FROM clause");
            }
        }
        List<SelectItem> items = new ArrayList<>(core.items());
        items.add(new ExpressionItem(new ColumnReference(List.of(alias, "$rowid"), 0), "$rowid"));
        SelectCore withRowId = new SelectCore(false, List.of(), items, core.from(), core.where(), List.of(), null, List.of());
        context.rowIdsOf = table;
        BoundQuery bound;
        try {
            bound = new QueryBinder(context).bindQuery(
                    new Query(query.with(), withRowId, query.orderBy(), null, null, null), null);
        } finally {
            context.rowIdsOf = null;
        }
        QueryBinder limits = new QueryBinder(context);
        BoundExpression limit = limits.bindLimit(query.limit());
        BoundExpression offset = limits.bindLimit(query.offset());
        List<ResultColumn> columns = bound.columns().subList(0, bound.columns().size() - 1);
        boolean exclusive = locking.strength() == LockingClause.Strength.UPDATE
                || locking.strength() == LockingClause.Strength.NO_KEY_UPDATE;
        MvccTableStore.WaitPolicy policy = switch (locking.waitPolicy()) {
            case WAIT -> MvccTableStore.WaitPolicy.WAIT;
            case NOWAIT -> MvccTableStore.WaitPolicy.NOWAIT;
            case SKIP_LOCKED -> MvccTableStore.WaitPolicy.SKIP_LOCKED;
        };
        return new LockingSelectPlan(bound.plan(), store, exclusive, policy, limit, offset, columns,
                context.parameterTypes(), clause);
    }
}
