package io.dosql.query.node;

import java.util.ArrayList;
import java.util.List;

/**
 * The identity rewriter: rebuilds every node from its transformed children. Plugins extend it and
 * override the {@code visitX} methods of the nodes they change, calling {@code super} to keep recursing.
 */
public class OperationNodeTransformer implements OperationNodeVisitor<OperationNode> {

    /** Transforms any node; null stays null. */
    @SuppressWarnings("unchecked")
    public <N extends OperationNode> N transform(N node) {
        return node == null ? null : (N) node.accept(this);
    }

    /** Transforms a query node; a plugin may replace one statement kind by another (DELETE → UPDATE). */
    public QueryNode transformQuery(QueryNode node) {
        return (QueryNode) node.accept(this);
    }

    protected ExpressionNode expression(ExpressionNode node) {
        return node == null ? null : (ExpressionNode) node.accept(this);
    }

    protected <N extends OperationNode> List<N> all(List<N> nodes) {
        List<N> result = new ArrayList<>(nodes.size());
        for (N node : nodes) {
            result.add(transform(node));
        }
        return result;
    }

    protected List<ExpressionNode> expressions(List<ExpressionNode> nodes) {
        List<ExpressionNode> result = new ArrayList<>(nodes.size());
        for (ExpressionNode node : nodes) {
            result.add(expression(node));
        }
        return result;
    }

    private TableSourceNode source(TableSourceNode node) {
        return (TableSourceNode) node.accept(this);
    }

    private List<TableSourceNode> sources(List<TableSourceNode> nodes) {
        List<TableSourceNode> result = new ArrayList<>(nodes.size());
        for (TableSourceNode node : nodes) {
            result.add(source(node));
        }
        return result;
    }

    private SelectQueryNode select(SelectQueryNode node) {
        return node == null ? null : (SelectQueryNode) node.accept(this);
    }

    @Override
    public OperationNode visitAlias(AliasNode node) {
        return new AliasNode(expression(node.expression()), node.alias());
    }

    @Override
    public OperationNode visitAllColumns(AllColumnsNode node) {
        return node;
    }

    @Override
    public OperationNode visitBetween(BetweenNode node) {
        return new BetweenNode(expression(node.value()), expression(node.low()), expression(node.high()),
            node.negated());
    }

    @Override
    public OperationNode visitBinaryOperation(BinaryOperationNode node) {
        return new BinaryOperationNode(expression(node.left()), node.operator(), expression(node.right()));
    }

    @Override
    public OperationNode visitCase(CaseNode node) {
        return new CaseNode(expression(node.subject()), all(node.whens()), expression(node.otherwise()));
    }

    @Override
    public OperationNode visitCast(CastNode node) {
        return new CastNode(expression(node.expression()), node.typeName());
    }

    @Override
    public OperationNode visitColumn(ColumnNode node) {
        return node;
    }

    @Override
    public OperationNode visitColumnUpdate(ColumnUpdateNode node) {
        return new ColumnUpdateNode(node.column(), expression(node.value()));
    }

    @Override
    public OperationNode visitCommonTableExpression(CommonTableExpressionNode node) {
        return new CommonTableExpressionNode(node.name(), node.columns(), transformQuery(node.query()));
    }

    @Override
    public OperationNode visitDeleteQuery(DeleteQueryNode node) {
        return new DeleteQueryNode(transform(node.with()), transform(node.table()), sources(node.using()),
            expression(node.where()), expressions(node.returning()));
    }

    @Override
    public OperationNode visitExcludedColumn(ExcludedColumnNode node) {
        return node;
    }

    @Override
    public OperationNode visitFunction(FunctionNode node) {
        return new FunctionNode(node.name(), expressions(node.arguments()), node.distinct());
    }

    @Override
    public OperationNode visitIdentifier(IdentifierNode node) {
        return node;
    }

    @Override
    public OperationNode visitInsertQuery(InsertQueryNode node) {
        List<List<ExpressionNode>> rows = new ArrayList<>(node.rows().size());
        for (List<ExpressionNode> row : node.rows()) {
            rows.add(expressions(row));
        }
        return new InsertQueryNode(transform(node.with()), transform(node.into()), node.columns(), rows,
            select(node.select()), transform(node.onConflict()), transform(node.onDuplicateKey()),
            expressions(node.returning()));
    }

    @Override
    public OperationNode visitJoin(JoinNode node) {
        return new JoinNode(node.type(), source(node.table()), expression(node.on()), node.lateral());
    }

    @Override
    public OperationNode visitJsonArray(JsonArrayNode node) {
        return new JsonArrayNode(select(node.query()), node.keys());
    }

    @Override
    public OperationNode visitLock(LockNode node) {
        return node;
    }

    @Override
    public OperationNode visitMergeQuery(MergeQueryNode node) {
        return new MergeQueryNode(transform(node.with()), transform(node.target()), source(node.source()),
            expression(node.on()), all(node.whens()));
    }

    @Override
    public OperationNode visitMergeWhen(MergeWhenNode node) {
        return new MergeWhenNode(node.matched(), expression(node.condition()), node.action(), all(node.updates()),
            node.insertColumns(), expressions(node.insertValues()));
    }

    @Override
    public OperationNode visitOnConflict(OnConflictNode node) {
        return new OnConflictNode(node.columns(), all(node.updates()), expression(node.updateWhere()));
    }

    @Override
    public OperationNode visitOnDuplicateKey(OnDuplicateKeyNode node) {
        return new OnDuplicateKeyNode(all(node.updates()));
    }

    @Override
    public OperationNode visitOrderByItem(OrderByItemNode node) {
        return new OrderByItemNode(expression(node.expression()), node.descending(), node.nullsFirst());
    }

    @Override
    public OperationNode visitRaw(RawNode node) {
        return new RawNode(node.fragments(), expressions(node.arguments()));
    }

    @Override
    public OperationNode visitSelectQuery(SelectQueryNode node) {
        return new SelectQueryNode(transform(node.with()), node.distinct(), expressions(node.distinctOn()),
            expressions(node.selections()), sources(node.from()), all(node.joins()), expression(node.where()),
            expressions(node.groupBy()), expression(node.having()), all(node.setOperations()),
            all(node.orderBy()), expression(node.limit()), expression(node.offset()), transform(node.lock()));
    }

    @Override
    public OperationNode visitSetOperation(SetOperationNode node) {
        return new SetOperationNode(node.operator(), node.all(), select(node.query()));
    }

    @Override
    public OperationNode visitSubquery(SubqueryNode node) {
        return new SubqueryNode(select(node.query()));
    }

    @Override
    public OperationNode visitSubqueryTable(SubqueryTableNode node) {
        return new SubqueryTableNode(select(node.query()), node.alias());
    }

    @Override
    public OperationNode visitTable(TableNode node) {
        return node;
    }

    @Override
    public OperationNode visitUnaryOperation(UnaryOperationNode node) {
        return new UnaryOperationNode(node.operator(), expression(node.operand()));
    }

    @Override
    public OperationNode visitUpdateQuery(UpdateQueryNode node) {
        return new UpdateQueryNode(transform(node.with()), transform(node.table()), all(node.updates()),
            sources(node.from()), expression(node.where()), expressions(node.returning()));
    }

    @Override
    public OperationNode visitValue(ValueNode node) {
        return node;
    }

    @Override
    public OperationNode visitValueList(ValueListNode node) {
        return new ValueListNode(expressions(node.values()));
    }

    @Override
    public OperationNode visitWhen(WhenNode node) {
        return new WhenNode(expression(node.condition()), expression(node.result()));
    }

    @Override
    public OperationNode visitWindow(WindowNode node) {
        return new WindowNode(expressions(node.partitionBy()), all(node.orderBy()), node.frameUnit(),
            node.frameStart(), node.frameEnd());
    }

    @Override
    public OperationNode visitWindowFunction(WindowFunctionNode node) {
        return new WindowFunctionNode(transform(node.function()), transform(node.window()));
    }

    @Override
    public OperationNode visitWith(WithNode node) {
        return new WithNode(node.recursive(), all(node.expressions()));
    }
}
