package io.dosql.query.compiler;

import io.dosql.query.dialect.DialectAdapter;
import io.dosql.query.dialect.Feature;
import io.dosql.query.node.BetweenNode;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.BinaryOperator;
import io.dosql.query.node.DeleteQueryNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.FunctionNode;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.JoinNode;
import io.dosql.query.node.JsonArrayNode;
import io.dosql.query.node.LockNode;
import io.dosql.query.node.OperationNode;
import io.dosql.query.node.OperationNodeVisitor;
import io.dosql.query.node.QueryNode;
import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.UnaryOperationNode;
import io.dosql.query.node.UpdateQueryNode;
import io.dosql.query.node.WithNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state and the hooks of a query compiler: the SQL being written, its bound parameters, quoting,
 * placeholders and the clause forms dialects differ on. {@link DefaultQueryCompiler} adds the visit methods.
 */
public abstract class QueryCompilerBase implements QueryCompiler, OperationNodeVisitor<Void> {
    protected static final int ATOMIC = 10;

    protected final DialectAdapter adapter;
    // both are made by compile(); no buffers are allocated before it
    protected StringBuilder sql;
    protected List<Object> parameters;
    // when not null, every ValueNode bound, in order (the ShapeCache's check of its own walk)
    List<io.dosql.query.node.ValueNode> valueNodes;

    protected QueryCompilerBase(DialectAdapter adapter) {
        this.adapter = Objects.requireNonNull(adapter, "adapter is null");
    }

    @Override
    public CompiledQuery compile(QueryNode query) {
        // most statements are short; the builder grows for the long ones
        sql = new StringBuilder(160);
        parameters = new ArrayList<>(8);
        query.accept(this);
        return CompiledQuery.ofOwned(sql.toString(), parameters.toArray());
    }

    /** The statement that shows the plan of {@code query}. */
    public CompiledQuery compileExplain(QueryNode query) {
        CompiledQuery compiled = compile(query);
        return new CompiledQuery(explainPrefix() + compiled.sql(), compiled.parameters());
    }

    // ---- hooks -------------------------------------------------------------------------------------

    protected String explainPrefix() {
        return "explain ";
    }

    protected char identifierQuote() {
        return '"';
    }

    /** Quotes one name, doubling any embedded quote character so no name can end the quoting. */
    protected void appendIdentifier(String name) {
        char quote = identifierQuote();
        if (name.indexOf(quote) < 0) {
            sql.append(quote).append(name).append(quote);
            return;
        }
        sql.append(quote);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == quote) {
                sql.append(quote);
            }
            sql.append(c);
        }
        sql.append(quote);
    }

    protected void appendParameter(Object value) {
        sql.append('?');
        parameters.add(value);
    }

    protected void appendLimitOffset(ExpressionNode limit, ExpressionNode offset) {
        if (limit != null) {
            sql.append(" limit ");
            appendExpression(limit);
        }
        if (offset != null) {
            sql.append(" offset ");
            appendExpression(offset);
        }
    }

    protected String functionName(String name) {
        return name;
    }

    protected String castTypeName(String typeName) {
        return typeName;
    }

    protected void appendExcludedColumn(String column) {
        sql.append("excluded.");
        appendIdentifier(column);
    }

    protected void appendLikeInsensitive(BinaryOperationNode node) {
        appendOperand(node.left(), node.operator().precedence(), false, node.operator());
        sql.append(' ').append(node.operator().sql()).append(' ');
        appendOperand(node.right(), node.operator().precedence(), true, node.operator());
    }

    /** {@code lower(a) [not] like lower(b)}: ILIKE for dialects without it. */
    protected final void appendLikeViaLower(BinaryOperationNode node) {
        sql.append("lower(");
        appendExpression(node.left());
        sql.append(node.operator() == BinaryOperator.ILIKE ? ") like lower(" : ") not like lower(");
        appendExpression(node.right());
        sql.append(')');
    }

    protected void appendFunction(FunctionNode node) {
        sql.append(functionName(node.name())).append('(');
        if (node.distinct()) {
            sql.append("distinct ");
        }
        appendList(node.arguments());
        sql.append(')');
    }

    protected void appendLock(LockNode lock) {
        adapter.require(Feature.FOR_UPDATE);
        sql.append(lock.strength() == LockNode.Strength.UPDATE ? " for update" : " for share");
        appendLockWait(lock);
    }

    protected final void appendLockWait(LockNode lock) {
        if (lock.waitPolicy() == LockNode.Wait.NOWAIT) {
            adapter.require(Feature.NOWAIT);
            sql.append(" nowait");
        } else if (lock.waitPolicy() == LockNode.Wait.SKIP_LOCKED) {
            adapter.require(Feature.SKIP_LOCKED);
            sql.append(" skip locked");
        }
    }

    protected void appendDefaultValues(InsertQueryNode node) {
        sql.append(" default values");
    }

    /** {@code update t set … from u}; MySQL overrides with its multi-table form. */
    protected void appendUpdateHead(UpdateQueryNode node) {
        sql.append("update ");
        node.table().accept(this);
        sql.append(" set ");
        appendList(node.updates());
        if (!node.from().isEmpty()) {
            adapter.require(Feature.UPDATE_FROM);
            sql.append(" from ");
            appendList(node.from());
        }
    }

    protected void appendDeleteHead(DeleteQueryNode node) {
        sql.append("delete from ");
        node.table().accept(this);
        if (!node.using().isEmpty()) {
            adapter.require(Feature.DELETE_USING);
            sql.append(" using ");
            appendList(node.using());
        }
    }

    protected void appendReturning(List<ExpressionNode> returning) {
        if (!returning.isEmpty()) {
            adapter.require(Feature.RETURNING);
            sql.append(" returning ");
            appendList(returning);
        }
    }

    /** A JSON array of objects built from the subquery's rows; PostgreSQL form. */
    protected void appendJsonArray(JsonArrayNode node) {
        sql.append("(select coalesce(json_agg(json_build_object(");
        appendJsonKeys(node);
        sql.append(")), '[]') from (");
        node.query().accept(this);
        sql.append(") as ");
        appendIdentifier("nested");
        sql.append(')');
    }

    protected final void appendJsonKeys(JsonArrayNode node) {
        for (int i = 0; i < node.keys().size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            String key = node.keys().get(i);
            appendStringLiteral(key);
            sql.append(", ");
            appendIdentifier("nested");
            sql.append('.');
            appendIdentifier(key);
        }
    }

    /** A string literal with quotes doubled; used only for JSON keys, which are identifiers. */
    protected void appendStringLiteral(String text) {
        sql.append('\'').append(text.replace("'", "''")).append('\'');
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** Appends {@code where condition} when there is a condition. */
    protected final void appendWhere(ExpressionNode condition) {
        if (condition != null) {
            sql.append(" where ");
            appendExpression(condition);
        }
    }

    protected final void appendExpression(ExpressionNode node) {
        node.accept(this);
    }

    protected final void appendList(List<? extends OperationNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            nodes.get(i).accept(this);
        }
    }

    protected final void appendColumnNames(List<String> columns) {
        sql.append('(');
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            appendIdentifier(columns.get(i));
        }
        sql.append(')');
    }

    protected static int precedence(ExpressionNode node) {
        if (node instanceof BinaryOperationNode binary) {
            return binary.operator().precedence();
        }
        if (node instanceof BetweenNode) {
            return 4;
        }
        if (node instanceof UnaryOperationNode unary) {
            return switch (unary.operator()) {
                case NOT -> 3;
                case IS_NULL, IS_NOT_NULL -> 4;
                case NEGATE -> 7;
                case EXISTS, NOT_EXISTS -> ATOMIC;
            };
        }
        return ATOMIC;
    }

    /** Writes an operand, in parentheses when it binds looser than its parent operator. */
    protected final void appendOperand(ExpressionNode operand, int parentPrecedence, boolean right,
                                       BinaryOperator parent) {
        int own = precedence(operand);
        boolean sameAssociative = operand instanceof BinaryOperationNode binary && binary.operator() == parent
            && parent != null && parent.associative();
        boolean wrap = own < parentPrecedence || (own == parentPrecedence && own < ATOMIC && !sameAssociative
            && (right || parentPrecedence == 4));
        if (wrap) {
            sql.append('(');
        }
        operand.accept(this);
        if (wrap) {
            sql.append(')');
        }
    }

    /** {@code from … join … where … group by … having …} of a SELECT. */
    protected final void appendFromThroughHaving(SelectQueryNode node) {
        if (!node.from().isEmpty()) {
            sql.append(" from ");
            appendList(node.from());
        }
        for (JoinNode join : node.joins()) {
            sql.append(' ');
            join.accept(this);
        }
        appendWhere(node.where());
        if (!node.groupBy().isEmpty()) {
            sql.append(" group by ");
            appendList(node.groupBy());
        }
        if (node.having() != null) {
            sql.append(" having ");
            appendExpression(node.having());
        }
    }

    protected final void appendWith(WithNode with) {
        if (with != null) {
            with.accept(this);
            sql.append(' ');
        }
    }

}
