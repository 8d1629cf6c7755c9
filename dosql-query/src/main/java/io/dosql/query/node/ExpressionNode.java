package io.dosql.query.node;

/** A node that yields a value: column references, parameters, operators, functions, subqueries. */
public sealed interface ExpressionNode extends OperationNode
    permits ColumnNode, AllColumnsNode, ValueNode, ValueListNode, BinaryOperationNode, UnaryOperationNode,
        BetweenNode, CaseNode, CastNode, FunctionNode, WindowFunctionNode, SubqueryNode, AliasNode, RawNode,
        IdentifierNode, ExcludedColumnNode, JsonArrayNode {
}
