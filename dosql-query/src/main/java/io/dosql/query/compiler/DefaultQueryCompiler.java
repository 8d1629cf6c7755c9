package io.dosql.query.compiler;

import io.dosql.query.dialect.DialectAdapter;
import io.dosql.query.dialect.Feature;
import io.dosql.query.node.AliasNode;
import io.dosql.query.node.AllColumnsNode;
import io.dosql.query.node.BetweenNode;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.BinaryOperator;
import io.dosql.query.node.CaseNode;
import io.dosql.query.node.CastNode;
import io.dosql.query.node.ColumnNode;
import io.dosql.query.node.ColumnUpdateNode;
import io.dosql.query.node.CommonTableExpressionNode;
import io.dosql.query.node.DeleteQueryNode;
import io.dosql.query.node.ExcludedColumnNode;
import io.dosql.query.node.FunctionNode;
import io.dosql.query.node.IdentifierNode;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.JoinNode;
import io.dosql.query.node.JoinType;
import io.dosql.query.node.JsonArrayNode;
import io.dosql.query.node.LockNode;
import io.dosql.query.node.MergeQueryNode;
import io.dosql.query.node.MergeWhenNode;
import io.dosql.query.node.OnConflictNode;
import io.dosql.query.node.OnDuplicateKeyNode;
import io.dosql.query.node.OrderByItemNode;
import io.dosql.query.node.RawNode;
import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.SetOperationNode;
import io.dosql.query.node.SubqueryNode;
import io.dosql.query.node.SubqueryTableNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import io.dosql.query.node.UnaryOperationNode;
import io.dosql.query.node.UnaryOperator;
import io.dosql.query.node.UpdateQueryNode;
import io.dosql.query.node.ValueListNode;
import io.dosql.query.node.ValueNode;
import io.dosql.query.node.WhenNode;
import io.dosql.query.node.WindowFunctionNode;
import io.dosql.query.node.WindowNode;
import io.dosql.query.node.WithNode;

/**
 * The one compiler visitor, emitting PostgreSQL-flavoured SQL with JDBC {@code ?} placeholders; each
 * dialect subclass overrides only the hooks ({@code appendIdentifier}, {@code appendLimitOffset}, …).
 * Every value becomes a bound parameter; every name is quoted.
 */
public class DefaultQueryCompiler extends QueryCompilerBase {

    public DefaultQueryCompiler(DialectAdapter adapter) {
        super(adapter);
    }

    // ---- statements --------------------------------------------------------------------------------

    @Override
    public Void visitSelectQuery(SelectQueryNode node) {
        appendWith(node.with());
        sql.append("select ");
        if (!node.distinctOn().isEmpty()) {
            adapter.require(Feature.DISTINCT_ON);
            sql.append("distinct on (");
            appendList(node.distinctOn());
            sql.append(") ");
        } else if (node.distinct()) {
            sql.append("distinct ");
        }
        if (node.selections().isEmpty()) {
            sql.append('*');
        } else {
            appendList(node.selections());
        }
        appendFromThroughHaving(node);
        for (SetOperationNode setOperation : node.setOperations()) {
            sql.append(' ');
            setOperation.accept(this);
        }
        if (!node.orderBy().isEmpty()) {
            sql.append(" order by ");
            appendList(node.orderBy());
        }
        appendLimitOffset(node.limit(), node.offset());
        if (node.lock() != null) {
            node.lock().accept(this);
        }
        return null;
    }

    @Override
    public Void visitInsertQuery(InsertQueryNode node) {
        appendWith(node.with());
        sql.append("insert into ");
        node.into().accept(this);
        if (!node.columns().isEmpty()) {
            sql.append(' ');
            appendColumnNames(node.columns());
        }
        if (node.select() != null) {
            sql.append(' ');
            node.select().accept(this);
        } else if (node.rows().isEmpty()) {
            appendDefaultValues(node);
        } else {
            sql.append(" values ");
            for (int i = 0; i < node.rows().size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                sql.append('(');
                appendList(node.rows().get(i));
                sql.append(')');
            }
        }
        if (node.onConflict() != null) {
            node.onConflict().accept(this);
        }
        if (node.onDuplicateKey() != null) {
            node.onDuplicateKey().accept(this);
        }
        appendReturning(node.returning());
        return null;
    }

    @Override
    public Void visitUpdateQuery(UpdateQueryNode node) {
        appendWith(node.with());
        appendUpdateHead(node);
        appendWhere(node.where());
        appendReturning(node.returning());
        return null;
    }

    @Override
    public Void visitDeleteQuery(DeleteQueryNode node) {
        appendWith(node.with());
        appendDeleteHead(node);
        appendWhere(node.where());
        appendReturning(node.returning());
        return null;
    }

    @Override
    public Void visitMergeQuery(MergeQueryNode node) {
        adapter.require(Feature.MERGE);
        appendWith(node.with());
        sql.append("merge into ");
        node.target().accept(this);
        sql.append(" using ");
        node.source().accept(this);
        sql.append(" on ");
        appendExpression(node.on());
        for (MergeWhenNode when : node.whens()) {
            sql.append(' ');
            when.accept(this);
        }
        return null;
    }

    @Override
    public Void visitMergeWhen(MergeWhenNode node) {
        sql.append(node.matched() ? "when matched" : "when not matched");
        if (node.condition() != null) {
            sql.append(" and ");
            appendExpression(node.condition());
        }
        sql.append(" then ");
        switch (node.action()) {
            case UPDATE -> {
                sql.append("update set ");
                appendList(node.updates());
            }
            case DELETE -> sql.append("delete");
            case DO_NOTHING -> sql.append("do nothing");
            case INSERT -> {
                sql.append("insert ");
                appendColumnNames(node.insertColumns());
                sql.append(" values (");
                appendList(node.insertValues());
                sql.append(')');
            }
        }
        return null;
    }

    @Override
    public Void visitRaw(RawNode node) {
        for (int i = 0; i < node.arguments().size(); i++) {
            sql.append(node.fragments().get(i));
            node.arguments().get(i).accept(this);
        }
        sql.append(node.fragments().get(node.fragments().size() - 1));
        return null;
    }

    // ---- clauses -----------------------------------------------------------------------------------

    @Override
    public Void visitWith(WithNode node) {
        sql.append(node.recursive() ? "with recursive " : "with ");
        appendList(node.expressions());
        return null;
    }

    @Override
    public Void visitCommonTableExpression(CommonTableExpressionNode node) {
        appendIdentifier(node.name());
        if (!node.columns().isEmpty()) {
            appendColumnNames(node.columns());
        }
        sql.append(" as (");
        node.query().accept(this);
        sql.append(')');
        return null;
    }

    @Override
    public Void visitTable(TableNode node) {
        if (node.schema() != null) {
            appendIdentifier(node.schema());
            sql.append('.');
        }
        appendIdentifier(node.name());
        if (node.alias() != null) {
            sql.append(" as ");
            appendIdentifier(node.alias());
        }
        return null;
    }

    @Override
    public Void visitSubqueryTable(SubqueryTableNode node) {
        sql.append('(');
        node.query().accept(this);
        sql.append(") as ");
        appendIdentifier(node.alias());
        return null;
    }

    @Override
    public Void visitJoin(JoinNode node) {
        if (node.type() == JoinType.FULL) {
            adapter.require(Feature.FULL_JOIN);
        } else if (node.type() == JoinType.RIGHT) {
            adapter.require(Feature.RIGHT_JOIN);
        }
        sql.append(node.type().sql()).append(' ');
        if (node.lateral()) {
            adapter.require(Feature.LATERAL_JOIN);
            sql.append("lateral ");
        }
        node.table().accept(this);
        if (node.on() != null) {
            sql.append(" on ");
            appendExpression(node.on());
        }
        return null;
    }

    @Override
    public Void visitOrderByItem(OrderByItemNode node) {
        appendExpression(node.expression());
        if (node.descending()) {
            sql.append(" desc");
        }
        if (node.nullsFirst() != null) {
            adapter.require(Feature.NULLS_ORDER);
            sql.append(node.nullsFirst() ? " nulls first" : " nulls last");
        }
        return null;
    }

    @Override
    public Void visitLock(LockNode node) {
        appendLock(node);
        return null;
    }

    @Override
    public Void visitSetOperation(SetOperationNode node) {
        if (node.all() && node.operator() != SetOperationNode.Operator.UNION) {
            adapter.require(Feature.INTERSECT_EXCEPT_ALL);
        }
        sql.append(node.operator().name().toLowerCase(java.util.Locale.ROOT));
        if (node.all()) {
            sql.append(" all");
        }
        sql.append(' ');
        SelectQueryNode query = node.query();
        // a right operand with its own ORDER BY / LIMIT must be parenthesised to keep them its own
        boolean wrap = !query.orderBy().isEmpty() || query.limit() != null || query.offset() != null;
        if (wrap) {
            sql.append('(');
        }
        query.accept(this);
        if (wrap) {
            sql.append(')');
        }
        return null;
    }

    @Override
    public Void visitColumnUpdate(ColumnUpdateNode node) {
        appendIdentifier(node.column());
        sql.append(" = ");
        appendExpression(node.value());
        return null;
    }

    @Override
    public Void visitOnConflict(OnConflictNode node) {
        adapter.require(Feature.ON_CONFLICT);
        sql.append(" on conflict");
        if (!node.columns().isEmpty()) {
            sql.append(' ');
            appendColumnNames(node.columns());
        }
        if (node.doNothing()) {
            sql.append(" do nothing");
            return null;
        }
        sql.append(" do update set ");
        appendList(node.updates());
        appendWhere(node.updateWhere());
        return null;
    }

    @Override
    public Void visitOnDuplicateKey(OnDuplicateKeyNode node) {
        adapter.require(Feature.ON_DUPLICATE_KEY_UPDATE);
        sql.append(" on duplicate key update ");
        appendList(node.updates());
        return null;
    }

    // ---- expressions -------------------------------------------------------------------------------

    @Override
    public Void visitColumn(ColumnNode node) {
        if (node.table() != null) {
            appendIdentifier(node.table());
            sql.append('.');
        }
        appendIdentifier(node.column());
        return null;
    }

    @Override
    public Void visitAllColumns(AllColumnsNode node) {
        if (node.table() != null) {
            appendIdentifier(node.table());
            sql.append('.');
        }
        sql.append('*');
        return null;
    }

    @Override
    public Void visitIdentifier(IdentifierNode node) {
        String[] parts = node.name().split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sql.append('.');
            }
            appendIdentifier(parts[i]);
        }
        return null;
    }

    @Override
    public Void visitValue(ValueNode node) {
        if (valueNodes != null) {
            valueNodes.add(node);
        }
        appendParameter(node.value());
        return null;
    }

    @Override
    public Void visitValueList(ValueListNode node) {
        sql.append('(');
        appendList(node.values());
        sql.append(')');
        return null;
    }

    @Override
    public Void visitBinaryOperation(BinaryOperationNode node) {
        BinaryOperator operator = node.operator();
        if (operator == BinaryOperator.ILIKE || operator == BinaryOperator.NOT_ILIKE) {
            appendLikeInsensitive(node);
            return null;
        }
        appendOperand(node.left(), operator.precedence(), false, operator);
        sql.append(' ').append(operator.sql()).append(' ');
        appendOperand(node.right(), operator.precedence(), true, operator);
        return null;
    }

    @Override
    public Void visitUnaryOperation(UnaryOperationNode node) {
        UnaryOperator operator = node.operator();
        if (operator.prefix()) {
            sql.append(operator.sql());
            boolean wrap = operator == UnaryOperator.NOT || operator == UnaryOperator.NEGATE
                ? precedence(node.operand()) < ATOMIC : false;
            if (wrap) {
                sql.append('(');
            }
            appendExpression(node.operand());
            if (wrap) {
                sql.append(')');
            }
        } else {
            boolean wrap = precedence(node.operand()) <= 4;
            if (wrap) {
                sql.append('(');
            }
            appendExpression(node.operand());
            if (wrap) {
                sql.append(')');
            }
            sql.append(operator.sql());
        }
        return null;
    }

    @Override
    public Void visitBetween(BetweenNode node) {
        appendOperand(node.value(), 5, false, null);
        sql.append(node.negated() ? " not between " : " between ");
        appendOperand(node.low(), 5, false, null);
        sql.append(" and ");
        appendOperand(node.high(), 5, false, null);
        return null;
    }

    @Override
    public Void visitCase(CaseNode node) {
        sql.append("case");
        if (node.subject() != null) {
            sql.append(' ');
            appendExpression(node.subject());
        }
        for (WhenNode when : node.whens()) {
            sql.append(' ');
            when.accept(this);
        }
        if (node.otherwise() != null) {
            sql.append(" else ");
            appendExpression(node.otherwise());
        }
        sql.append(" end");
        return null;
    }

    @Override
    public Void visitWhen(WhenNode node) {
        sql.append("when ");
        appendExpression(node.condition());
        sql.append(" then ");
        appendExpression(node.result());
        return null;
    }

    @Override
    public Void visitCast(CastNode node) {
        sql.append("cast(");
        appendExpression(node.expression());
        sql.append(" as ").append(castTypeName(node.typeName())).append(')');
        return null;
    }

    @Override
    public Void visitFunction(FunctionNode node) {
        appendFunction(node);
        return null;
    }

    @Override
    public Void visitWindowFunction(WindowFunctionNode node) {
        node.function().accept(this);
        sql.append(" over (");
        node.window().accept(this);
        sql.append(')');
        return null;
    }

    @Override
    public Void visitWindow(WindowNode node) {
        int start = sql.length();
        if (!node.partitionBy().isEmpty()) {
            sql.append("partition by ");
            appendList(node.partitionBy());
        }
        if (!node.orderBy().isEmpty()) {
            sql.append(sql.length() > start ? " order by " : "order by ");
            appendList(node.orderBy());
        }
        if (node.frameUnit() != null) {
            if (node.frameUnit().equals("groups")) {
                adapter.require(Feature.GROUPS_FRAME);
            }
            sql.append(sql.length() > start ? " " : "").append(node.frameUnit()).append(' ');
            if (node.frameEnd() == null) {
                sql.append(node.frameStart().sql());
            } else {
                sql.append("between ").append(node.frameStart().sql()).append(" and ")
                    .append(node.frameEnd().sql());
            }
        }
        return null;
    }

    @Override
    public Void visitSubquery(SubqueryNode node) {
        sql.append('(');
        node.query().accept(this);
        sql.append(')');
        return null;
    }

    @Override
    public Void visitAlias(AliasNode node) {
        appendExpression(node.expression());
        sql.append(" as ");
        appendIdentifier(node.alias());
        return null;
    }

    @Override
    public Void visitExcludedColumn(ExcludedColumnNode node) {
        appendExcludedColumn(node.column());
        return null;
    }

    @Override
    public Void visitJsonArray(JsonArrayNode node) {
        appendJsonArray(node);
        return null;
    }

    /** Convenience for subclasses that render a derived table by hand. */
    protected final void appendSource(TableSourceNode source) {
        source.accept(this);
    }
}
