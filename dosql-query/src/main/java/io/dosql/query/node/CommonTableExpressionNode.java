package io.dosql.query.node;

import java.util.List;
import java.util.Objects;

/** {@code "name"(columns) as (query)} inside a WITH clause. */
public record CommonTableExpressionNode(String name, List<String> columns, QueryNode query) implements OperationNode {
    public CommonTableExpressionNode {
        name = Names.identifier(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(query, "query is null");
    }

    public CommonTableExpressionNode withQuery(QueryNode newQuery) {
        return new CommonTableExpressionNode(name, columns, newQuery);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitCommonTableExpression(this);
    }
}
