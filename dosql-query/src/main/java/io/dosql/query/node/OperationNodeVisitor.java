package io.dosql.query.node;

/**
 * Visits every kind of {@link OperationNode}; there is no default method, so adding a node kind breaks
 * every visitor until it handles the new kind.
 *
 * @param <R> what each visit returns
 */
public interface OperationNodeVisitor<R> {

    R visitAlias(AliasNode node);

    R visitAllColumns(AllColumnsNode node);

    R visitBetween(BetweenNode node);

    R visitBinaryOperation(BinaryOperationNode node);

    R visitCase(CaseNode node);

    R visitCast(CastNode node);

    R visitColumn(ColumnNode node);

    R visitColumnUpdate(ColumnUpdateNode node);

    R visitCommonTableExpression(CommonTableExpressionNode node);

    R visitDeleteQuery(DeleteQueryNode node);

    R visitExcludedColumn(ExcludedColumnNode node);

    R visitFunction(FunctionNode node);

    R visitIdentifier(IdentifierNode node);

    R visitInsertQuery(InsertQueryNode node);

    R visitJoin(JoinNode node);

    R visitJsonArray(JsonArrayNode node);

    R visitLock(LockNode node);

    R visitMergeQuery(MergeQueryNode node);

    R visitMergeWhen(MergeWhenNode node);

    R visitOnConflict(OnConflictNode node);

    R visitOnDuplicateKey(OnDuplicateKeyNode node);

    R visitOrderByItem(OrderByItemNode node);

    R visitRaw(RawNode node);

    R visitSelectQuery(SelectQueryNode node);

    R visitSetOperation(SetOperationNode node);

    R visitSubquery(SubqueryNode node);

    R visitSubqueryTable(SubqueryTableNode node);

    R visitTable(TableNode node);

    R visitUnaryOperation(UnaryOperationNode node);

    R visitUpdateQuery(UpdateQueryNode node);

    R visitValue(ValueNode node);

    R visitValueList(ValueListNode node);

    R visitWhen(WhenNode node);

    R visitWindow(WindowNode node);

    R visitWindowFunction(WindowFunctionNode node);

    R visitWith(WithNode node);
}
