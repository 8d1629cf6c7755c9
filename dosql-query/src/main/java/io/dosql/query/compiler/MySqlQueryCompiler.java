package io.dosql.query.compiler;

import io.dosql.query.dialect.DialectAdapter;
import io.dosql.query.dialect.Feature;
import io.dosql.query.node.AliasNode;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.DeleteQueryNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.JsonArrayNode;
import io.dosql.query.node.LockNode;
import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.UpdateQueryNode;
import java.util.Locale;

/**
 * MySQL/MariaDB: backtick quoting, {@code values(col)} in upserts, multi-table UPDATE/DELETE forms,
 * {@code lock in share mode}, CAST target names of MySQL, JSON_ARRAYAGG.
 */
public final class MySqlQueryCompiler extends DefaultQueryCompiler {
    public MySqlQueryCompiler() {
        super(DialectAdapter.MYSQL);
    }

    @Override
    protected char identifierQuote() {
        return '`';
    }

    @Override
    protected void appendLimitOffset(ExpressionNode limit, ExpressionNode offset) {
        if (limit == null && offset != null) {
            // MySQL has no OFFSET without LIMIT; the documented idiom is the largest BIGINT UNSIGNED
            sql.append(" limit 18446744073709551615 offset ");
            appendExpression(offset);
            return;
        }
        super.appendLimitOffset(limit, offset);
    }

    @Override
    protected void appendExcludedColumn(String column) {
        sql.append("values(");
        appendIdentifier(column);
        sql.append(')');
    }

    @Override
    protected void appendLikeInsensitive(BinaryOperationNode node) {
        appendLikeViaLower(node);
    }

    @Override
    protected void appendLock(LockNode lock) {
        adapter.require(Feature.FOR_UPDATE);
        sql.append(lock.strength() == LockNode.Strength.UPDATE ? " for update" : " lock in share mode");
        appendLockWait(lock);
    }

    @Override
    protected void appendDefaultValues(InsertQueryNode node) {
        sql.append(" () values ()");
    }

    @Override
    protected void appendUpdateHead(UpdateQueryNode node) {
        sql.append("update ");
        node.table().accept(this);
        for (var source : node.from()) {
            adapter.require(Feature.UPDATE_FROM);
            sql.append(", ");
            source.accept(this);
        }
        sql.append(" set ");
        appendList(node.updates());
    }

    @Override
    protected void appendDeleteHead(DeleteQueryNode node) {
        if (node.using().isEmpty()) {
            super.appendDeleteHead(node);
            return;
        }
        // MySQL: DELETE FROM target USING target, other… — the target must appear in USING too
        sql.append("delete from ");
        appendIdentifier(node.table().referenceName());
        sql.append(" using ");
        node.table().accept(this);
        sql.append(", ");
        appendList(node.using());
    }

    @Override
    protected String castTypeName(String typeName) {
        String lower = typeName.toLowerCase(Locale.ROOT);
        if (lower.matches("(big|small|tiny)?int(eger)?")) {
            return "signed";
        }
        if (lower.equals("text") || lower.startsWith("varchar")) {
            return lower.startsWith("varchar") ? "char" + lower.substring("varchar".length()) : "char";
        }
        if (lower.equals("timestamp")) {
            return "datetime";
        }
        if (lower.equals("double precision") || lower.equals("float8")) {
            return "double";
        }
        if (lower.startsWith("numeric")) {
            return "decimal" + lower.substring("numeric".length());
        }
        return typeName;
    }

    @Override
    protected void appendStringLiteral(String text) {
        // MySQL treats backslash as an escape inside literals unless NO_BACKSLASH_ESCAPES is set
        sql.append('\'').append(text.replace("\\", "\\\\").replace("'", "''")).append('\'');
    }

    @Override
    protected void appendJsonArray(JsonArrayNode node) {
        SelectQueryNode query = node.query();
        boolean simple = query.with() == null && !query.distinct() && query.groupBy().isEmpty()
            && query.having() == null && query.setOperations().isEmpty() && query.limit() == null
            && query.offset() == null;
        if (simple) {
            // MariaDB cannot see outer columns from a derived table, so aggregate the subquery's rows directly
            sql.append("(select coalesce(json_arrayagg(json_object(");
            for (int i = 0; i < node.keys().size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                appendStringLiteral(node.keys().get(i));
                sql.append(", ");
                ExpressionNode selection = query.selections().get(i);
                appendExpression(selection instanceof AliasNode alias ? alias.expression() : selection);
            }
            sql.append(')');
            if (!query.orderBy().isEmpty()) {
                sql.append(" order by ");
                appendList(query.orderBy());
            }
            sql.append("), json_array())");
            appendFromThroughHaving(query);
            sql.append(')');
            return;
        }
        sql.append("(select coalesce(json_arrayagg(json_object(");
        appendJsonKeys(node);
        sql.append(")), json_array()) from (");
        node.query().accept(this);
        sql.append(") as ");
        appendIdentifier("nested");
        sql.append(')');
    }
}
