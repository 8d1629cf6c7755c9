package io.dosql.engine.trigger;

import io.dosql.core.ErrorCode;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.RowCursor;
import io.dosql.engine.StatementResult;
import io.dosql.engine.binder.BindingContext;
import io.dosql.engine.binder.DmlBinder;
import io.dosql.engine.binder.QueryBinder;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.planner.QueryPlan;
import io.dosql.engine.planner.StatementPlan;
import io.dosql.parser.ast.CreateTriggerStatement;
import io.dosql.parser.ast.DeleteStatement;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.InsertStatement;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.SelectStatement;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.ast.UpdateStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * A trigger bound against one catalog version: its WHEN clause as {@code SELECT 1 WHERE cond} and its
 * body statements as plans whose parameters are the NEW columns followed by the OLD columns.
 */
final class TriggerProgram {
    final long catalogVersion;
    private final StatementPlan when;
    private final List<StatementPlan> body;

    private TriggerProgram(long catalogVersion, StatementPlan when, List<StatementPlan> body) {
        this.catalogVersion = catalogVersion;
        this.when = when;
        this.body = body;
    }

    /** Whether {@code statement} may appear in a trigger body (SQLite allows only DML and SELECT). */
    static boolean allowedInBody(Statement statement) {
        return statement instanceof SelectStatement || statement instanceof InsertStatement
                || statement instanceof UpdateStatement || statement instanceof DeleteStatement;
    }

    static TriggerProgram compile(TriggerInfo trigger, Catalog catalog) {
        CreateTriggerStatement definition = trigger.definition;
        CreateTriggerStatement.Event event = definition.event();
        PseudoRowRewriter rewriter = new PseudoRowRewriter(trigger.columnNames(), trigger.columnTypes(),
                event != CreateTriggerStatement.Event.DELETE, event != CreateTriggerStatement.Event.INSERT);
        long version = catalog.version();
        StatementPlan when = null;
        if (definition.when() != null) {
            Expression condition = rewriter.rewrite(definition.when());
            rejectRaise(rewriter);
            SelectCore core = new SelectCore(false, List.of(), List.of(new ExpressionItem(new IntegerLiteral(1), null)),
                    List.of(), condition, List.of(), null, List.of());
            when = bind(new SelectStatement(new Query(null, core, List.of(), null, null, null)), catalog);
        }
        List<StatementPlan> body = new ArrayList<>();
        for (Statement statement : definition.body()) {
            Statement rewritten = rewriter.rewrite(statement);
            if (!(statement instanceof SelectStatement)) {
                rejectRaise(rewriter);
            }
            body.add(bind(rewritten, catalog));
        }
        return new TriggerProgram(version, when, body);
    }

    private static void rejectRaise(PseudoRowRewriter rewriter) {
        if (rewriter.raiseSeen()) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("RAISE() outside a SELECT of a trigger body");
        }
    }

    private static StatementPlan bind(Statement statement, Catalog catalog) {
        StatementPlan insteadOf = InsteadOfPlan.forStatement(statement, catalog);
        if (insteadOf != null) {
            return insteadOf;
        }
        BindingContext context = new BindingContext(catalog);
        if (statement instanceof SelectStatement select) {
            return new QueryPlan(new QueryBinder(context).bindQuery(select.query(), null), context.parameterTypes());
        }
        DmlBinder binder = new DmlBinder(context);
        if (statement instanceof InsertStatement insert) {
            return binder.bindInsert(insert, GeneratedKeys.NONE);
        }
        if (statement instanceof UpdateStatement update) {
            return binder.bindUpdate(update, GeneratedKeys.NONE);
        }
        if (statement instanceof DeleteStatement delete) {
            return binder.bindDelete(delete, GeneratedKeys.NONE);
        }
        throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(statement.getClass().getSimpleName() + " in a trigger body");
    }

    /** Runs the program once for one row; {@code context} carries the NEW/OLD values as parameters. */
    void run(ExecutionContext context) {
        if (when != null && !producesRow(when, context)) {
            return;
        }
        for (StatementPlan plan : body) {
            producesRow(plan, context);
        }
    }

    /**
     * Executes {@code plan}, drains its rows (a lazy result still runs fully), performs any RAISE the
     * rows carry and says whether there was a row.
     */
    private static boolean producesRow(StatementPlan plan, ExecutionContext context) {
        try (StatementResult result = plan.execute(context)) {
            RowCursor rows = result.rows();
            int width = result.hasRows() ? result.columns().size() : 0;
            boolean any = false;
            while (rows.next()) {
                any = true;
                for (int column = 0; column < width; column++) {
                    Raise.check(rows.get(column));
                }
            }
            return any;
        }
    }
}
