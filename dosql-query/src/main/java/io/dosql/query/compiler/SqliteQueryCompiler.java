package io.dosql.query.compiler;

import io.dosql.query.dialect.DialectAdapter;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.FunctionNode;
import io.dosql.query.node.JsonArrayNode;

/** SQLite 3.35+: {@code limit -1} for a bare offset, no ILIKE, no {@code now()}, json_group_array. */
public final class SqliteQueryCompiler extends DefaultQueryCompiler {
    public SqliteQueryCompiler() {
        super(DialectAdapter.SQLITE);
    }

    @Override
    protected String explainPrefix() {
        return "explain query plan ";
    }

    @Override
    protected void appendLimitOffset(ExpressionNode limit, ExpressionNode offset) {
        if (limit == null && offset != null) {
            // SQLite has no OFFSET without LIMIT; -1 means "no limit"
            sql.append(" limit -1 offset ");
            appendExpression(offset);
            return;
        }
        super.appendLimitOffset(limit, offset);
    }

    @Override
    protected void appendLikeInsensitive(BinaryOperationNode node) {
        appendLikeViaLower(node);
    }

    @Override
    protected void appendFunction(FunctionNode node) {
        if (node.name().equalsIgnoreCase("now") && node.arguments().isEmpty()) {
            sql.append("current_timestamp");
            return;
        }
        super.appendFunction(node);
    }

    @Override
    protected void appendJsonArray(JsonArrayNode node) {
        sql.append("(select coalesce(json_group_array(json_object(");
        appendJsonKeys(node);
        sql.append(")), '[]') from (");
        node.query().accept(this);
        sql.append(") as ");
        appendIdentifier("nested");
        sql.append(')');
    }
}
