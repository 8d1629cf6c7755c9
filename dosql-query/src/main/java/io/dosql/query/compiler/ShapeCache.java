package io.dosql.query.compiler;

import io.dosql.query.node.AliasNode;
import io.dosql.query.node.AllColumnsNode;
import io.dosql.query.node.BetweenNode;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.CaseNode;
import io.dosql.query.node.CastNode;
import io.dosql.query.node.ColumnNode;
import io.dosql.query.node.CommonTableExpressionNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.FunctionNode;
import io.dosql.query.node.IdentifierNode;
import io.dosql.query.node.JoinNode;
import io.dosql.query.node.OrderByItemNode;
import io.dosql.query.node.QueryNode;
import io.dosql.query.node.RawNode;
import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.SetOperationNode;
import io.dosql.query.node.SubqueryNode;
import io.dosql.query.node.SubqueryTableNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import io.dosql.query.node.UnaryOperationNode;
import io.dosql.query.node.ValueListNode;
import io.dosql.query.node.ValueNode;
import io.dosql.query.node.WhenNode;
import io.dosql.query.node.WithNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One dialect's compiled SQL remembered by the <em>shape</em> of the tree: the tree with the values of its
 * {@link ValueNode}s left out. Two trees of one shape compile to the same SQL text and differ only in their
 * bound values, so a query built anew on every call (same clauses, other values) is compiled once; later
 * calls walk the tree once to read its shape and its values, and get the same {@code String} instance
 * back, whose hash code the driver's and the executor's caches by SQL text then need not compute again.
 *
 * <p>The shape is a flat list of tokens (a tag per node kind, names, operators, flags, list sizes) that
 * encodes the tree without ambiguity. Only SELECT statements made of the common node kinds are walked;
 * any other tree compiles as before. A shape is remembered only when the compiler's first run bound
 * exactly the value nodes the walk found, in the same order (checked by identity), so the walk's value
 * order is the compiler's for every tree of that shape. The memory is bounded and thread-safe; it keeps
 * tokens (names and operators), never bound values.
 */
public final class ShapeCache {
    /** Most shapes remembered; past it the memory starts afresh. */
    static final int MAX_SHAPES = 2048;
    /** Trees with more tokens than this are compiled every time (walking them costs as much). */
    static final int MAX_TOKENS = 1024;

    private final Supplier<? extends QueryCompilerBase> compilers;
    private final Map<Shape, String> shapes = new ConcurrentHashMap<>();

    public ShapeCache(Supplier<? extends QueryCompilerBase> compilers) {
        this.compilers = Objects.requireNonNull(compilers, "compilers is null");
    }

    /** The SQL and parameters of {@code query}: from the remembered shape, else from a fresh compiler. */
    public CompiledQuery compile(QueryNode query) {
        Walk walk = new Walk();
        if (!(query instanceof SelectQueryNode select) || !walk.select(select)) {
            return compilers.get().compile(query);
        }
        Shape shape = new Shape(walk.tokens, walk.tokenCount, walk.hash);
        String sql = shapes.get(shape);
        if (sql != null) {
            return CompiledQuery.ofOwned(sql, walk.values());
        }
        QueryCompilerBase compiler = compilers.get();
        compiler.valueNodes = new java.util.ArrayList<>(walk.valueCount);
        CompiledQuery compiled = compiler.compile(query);
        if (walk.sameValueNodes(compiler.valueNodes) && compiled.parameters().size() == walk.valueCount) {
            if (shapes.size() >= MAX_SHAPES) {
                shapes.clear();
            }
            shapes.put(shape.detached(), compiled.sql());
        }
        return compiled;
    }

    /** How many shapes are remembered (for tests). */
    int size() {
        return shapes.size();
    }

    /** Node kinds in the token list. */
    private enum Tag {
        SELECT, WITH, CTE, JOIN, ORDER_BY_ITEM, SET_OPERATION, SUBQUERY_TABLE, VALUE, VALUE_LIST, BINARY, UNARY,
        BETWEEN, CASE, WHEN, CAST, FUNCTION, SUBQUERY, ALIAS, RAW, NO_NODE
    }

    /** A shape: tokens compared by {@code equals} (identity first), with their hash. */
    private static final class Shape {
        private final Object[] tokens;
        private final int length;
        private final int hash;

        Shape(Object[] tokens, int length, int hash) {
            this.tokens = tokens;
            this.length = length;
            this.hash = hash;
        }

        /** The same shape over its own array, for keeping. */
        Shape detached() {
            return new Shape(Arrays.copyOf(tokens, length), length, hash);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Shape shape) || shape.hash != hash || shape.length != length) {
                return false;
            }
            Object[] mine = tokens;
            Object[] theirs = shape.tokens;
            for (int i = 0; i < length; i++) {
                Object a = mine[i];
                Object b = theirs[i];
                if (a != b && (a == null || !a.equals(b))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One walk over a tree: its tokens, their hash, and its value nodes in visiting order. */
    private static final class Walk {
        Object[] tokens = new Object[48];
        int tokenCount;
        int hash = 1;
        ValueNode[] valueNodes = new ValueNode[4];
        int valueCount;

        private boolean add(Object token, int tokenHash) {
            if (tokenCount == tokens.length) {
                if (tokenCount >= MAX_TOKENS) {
                    return false;
                }
                tokens = Arrays.copyOf(tokens, tokenCount * 2);
            }
            tokens[tokenCount++] = token;
            hash = 31 * hash + tokenHash;
            return true;
        }

        private boolean tag(Tag tag) {
            return add(tag, tag.ordinal() + 7);
        }

        private boolean enumToken(Enum<?> value) {
            return add(value, value.ordinal() + 101);
        }

        private boolean flag(boolean value) {
            return add(value ? Boolean.TRUE : Boolean.FALSE, value ? 1231 : 1237);
        }

        private boolean size(int size) {
            return add(size, size + 13);
        }

        /** A name or a leaf node made only of names (ColumnNode, TableNode, …); null allowed. */
        private boolean leaf(Object value) {
            return add(value, value == null ? 0 : value.hashCode());
        }

        Object[] values() {
            Object[] values = new Object[valueCount];
            for (int i = 0; i < valueCount; i++) {
                values[i] = valueNodes[i].value();
            }
            return values;
        }

        /** True when the compiler bound exactly this walk's value nodes, in order, none of them twice. */
        boolean sameValueNodes(List<ValueNode> bound) {
            if (bound.size() != valueCount) {
                return false;
            }
            for (int i = 0; i < valueCount; i++) {
                if (bound.get(i) != valueNodes[i]) {
                    return false;
                }
                // a node shared by two places would hide a difference of order between walk and compiler
                for (int j = 0; j < i; j++) {
                    if (valueNodes[j] == valueNodes[i]) {
                        return false;
                    }
                }
            }
            return true;
        }

        boolean select(SelectQueryNode node) {
            return tag(Tag.SELECT)
                && with(node.with())
                && flag(node.distinct())
                && expressions(node.distinctOn())
                && expressions(node.selections())
                && sources(node.from())
                && joins(node.joins())
                && optional(node.where())
                && expressions(node.groupBy())
                && optional(node.having())
                && setOperations(node.setOperations())
                && orderBy(node.orderBy())
                && optional(node.limit())
                && optional(node.offset())
                && leaf(node.lock());
        }

        private boolean with(WithNode with) {
            if (with == null) {
                return tag(Tag.NO_NODE);
            }
            if (!tag(Tag.WITH) || !flag(with.recursive()) || !size(with.expressions().size())) {
                return false;
            }
            for (CommonTableExpressionNode cte : with.expressions()) {
                if (!(cte.query() instanceof SelectQueryNode query)
                    || !tag(Tag.CTE) || !leaf(cte.name()) || !leaf(cte.columns()) || !select(query)) {
                    return false;
                }
            }
            return true;
        }

        private boolean sources(List<TableSourceNode> sources) {
            if (!size(sources.size())) {
                return false;
            }
            for (int i = 0; i < sources.size(); i++) {
                if (!source(sources.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean source(TableSourceNode source) {
            if (source instanceof TableNode table) {
                return leaf(table);
            }
            SubqueryTableNode subquery = (SubqueryTableNode) source;
            return tag(Tag.SUBQUERY_TABLE) && leaf(subquery.alias()) && select(subquery.query());
        }

        private boolean joins(List<JoinNode> joins) {
            if (!size(joins.size())) {
                return false;
            }
            for (int i = 0; i < joins.size(); i++) {
                JoinNode join = joins.get(i);
                if (!tag(Tag.JOIN) || !enumToken(join.type()) || !flag(join.lateral()) || !source(join.table())
                    || !optional(join.on())) {
                    return false;
                }
            }
            return true;
        }

        private boolean setOperations(List<SetOperationNode> operations) {
            if (!size(operations.size())) {
                return false;
            }
            for (int i = 0; i < operations.size(); i++) {
                SetOperationNode operation = operations.get(i);
                if (!tag(Tag.SET_OPERATION) || !enumToken(operation.operator()) || !flag(operation.all())
                    || !select(operation.query())) {
                    return false;
                }
            }
            return true;
        }

        private boolean orderBy(List<OrderByItemNode> items) {
            if (!size(items.size())) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                OrderByItemNode item = items.get(i);
                if (!tag(Tag.ORDER_BY_ITEM) || !flag(item.descending()) || !leaf(item.nullsFirst())
                    || !expression(item.expression())) {
                    return false;
                }
            }
            return true;
        }

        private boolean expressions(List<ExpressionNode> nodes) {
            if (!size(nodes.size())) {
                return false;
            }
            for (int i = 0; i < nodes.size(); i++) {
                if (!expression(nodes.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean optional(ExpressionNode node) {
            return node == null ? tag(Tag.NO_NODE) : expression(node);
        }

        private boolean expression(ExpressionNode node) {
            if (node instanceof ColumnNode || node instanceof AllColumnsNode || node instanceof IdentifierNode) {
                // records of names only: their equals and hashCode are the shape's
                return leaf(node);
            }
            if (node instanceof ValueNode value) {
                if (valueCount == valueNodes.length) {
                    valueNodes = Arrays.copyOf(valueNodes, valueCount * 2);
                }
                valueNodes[valueCount++] = value;
                return tag(Tag.VALUE);
            }
            if (node instanceof BinaryOperationNode binary) {
                return tag(Tag.BINARY) && enumToken(binary.operator()) && expression(binary.left())
                    && expression(binary.right());
            }
            if (node instanceof UnaryOperationNode unary) {
                return tag(Tag.UNARY) && enumToken(unary.operator()) && expression(unary.operand());
            }
            if (node instanceof AliasNode alias) {
                return tag(Tag.ALIAS) && leaf(alias.alias()) && expression(alias.expression());
            }
            if (node instanceof FunctionNode function) {
                return tag(Tag.FUNCTION) && leaf(function.name()) && flag(function.distinct())
                    && expressions(function.arguments());
            }
            if (node instanceof ValueListNode list) {
                return tag(Tag.VALUE_LIST) && expressions(list.values());
            }
            if (node instanceof BetweenNode between) {
                return tag(Tag.BETWEEN) && flag(between.negated()) && expression(between.value())
                    && expression(between.low()) && expression(between.high());
            }
            if (node instanceof CastNode cast) {
                return tag(Tag.CAST) && leaf(cast.typeName()) && expression(cast.expression());
            }
            if (node instanceof SubqueryNode subquery) {
                return tag(Tag.SUBQUERY) && select(subquery.query());
            }
            if (node instanceof CaseNode caseNode) {
                if (!tag(Tag.CASE) || !optional(caseNode.subject()) || !size(caseNode.whens().size())) {
                    return false;
                }
                for (WhenNode when : caseNode.whens()) {
                    if (!tag(Tag.WHEN) || !expression(when.condition()) || !expression(when.result())) {
                        return false;
                    }
                }
                return optional(caseNode.otherwise());
            }
            if (node instanceof RawNode raw) {
                return tag(Tag.RAW) && leaf(raw.fragments()) && expressions(raw.arguments());
            }
            // window functions, JSON arrays, excluded columns: compiled every time
            return false;
        }
    }
}
