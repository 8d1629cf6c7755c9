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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One dialect's compiled SQL remembered by the <em>shape</em> of the tree: the tree with the values of its
 * {@link ValueNode}s left out. Two trees of one shape compile to the same SQL text and differ only in their
 * bound values, so a query built anew on every call (same clauses, other values) is compiled once; later
 * calls walk the tree once to read its shape and its values, and get the same {@code String} instance
 * back, whose hash code the driver's and the executor's caches by SQL text then need not compute again.
 *
 * <p>The shape is two flat lists, codes (node kinds, flags, operators, list sizes) and names, that
 * spell the tree without ambiguity. Only SELECT statements made of the common node kinds are walked;
 * any other tree compiles as before. A shape is remembered only when the compiler's first run bound
 * exactly the value nodes the walk found, in the same order (checked by identity), so the walk's value
 * order is the compiler's for every tree of that shape. The memory is bounded and thread-safe; it keeps
 * codes and names, never bound values.
 */
public final class ShapeCache {
    /** Most shapes remembered; past it the memory starts afresh. */
    static final int MAX_SHAPES = 2048;
    /** Trees with more codes or names than this are compiled every time (walking them costs as much). */
    static final int MAX_TOKENS = 1024;

    /** Slots of recently used shapes (a power of two). */
    static final int RECENT_SLOTS = 64;

    private final Supplier<? extends QueryCompilerBase> compilers;
    private final Map<Shape, Remembered> shapes = new ConcurrentHashMap<>();
    /**
     * The shape last used in each slot, the slot picked from a few parts of the tree read without walking it
     * (first table, first column, where's first column, counts). A tree is first compared with its slot's
     * shape as it is walked, which costs no buffers, no hash and no second pass; on any difference the tree
     * is walked again and looked up by hash. Entries are immutable, so the slots need no locking.
     */
    private final Remembered[] recent = new Remembered[RECENT_SLOTS];

    /** A remembered shape (over arrays of exactly its length) and its SQL text. */
    private static final class Remembered {
        final int[] codes;
        final Object[] names;
        final String sql;

        Remembered(Shape shape, String sql) {
            this.codes = shape.codes;
            this.names = shape.names;
            this.sql = sql;
        }
    }

    public ShapeCache(Supplier<? extends QueryCompilerBase> compilers) {
        this.compilers = Objects.requireNonNull(compilers, "compilers is null");
    }

    /** The SQL and parameters of {@code query}: from the remembered shape, else from a fresh compiler. */
    public CompiledQuery compile(QueryNode query) {
        if (!(query instanceof SelectQueryNode select)) {
            return compilers.get().compile(query);
        }
        int slot = slot(select);
        Remembered last = recent[slot];
        if (last != null) {
            Walk probe = new Walk(last);
            if (probe.select(select) && probe.matchedAll()) {
                return CompiledQuery.ofOwned(last.sql, probe.values());
            }
        }
        Walk walk = new Walk();
        if (!walk.select(select)) {
            return compilers.get().compile(query);
        }
        Shape shape = walk.shape();
        Remembered remembered = shapes.get(shape);
        if (remembered != null) {
            recent[slot] = remembered;
            return CompiledQuery.ofOwned(remembered.sql, walk.values());
        }
        QueryCompilerBase compiler = compilers.get();
        compiler.valueNodes = new java.util.ArrayList<>(walk.valueCount);
        CompiledQuery compiled = compiler.compile(query);
        if (walk.sameValueNodes(compiler.valueNodes) && compiled.parameters().size() == walk.valueCount) {
            if (shapes.size() >= MAX_SHAPES) {
                shapes.clear();
            }
            Shape kept = shape.detached();
            remembered = new Remembered(kept, compiled.sql());
            shapes.put(kept, remembered);
            recent[slot] = remembered;
        }
        return compiled;
    }

    /**
     * The recent slot of {@code select}: a hash of a few of its parts, read without a walk (the names'
     * hash codes are cached in the strings). Trees of one shape always pick one slot; trees of other
     * shapes may share it, and then only cost a comparison that stops at their first difference.
     */
    static int slot(SelectQueryNode select) {
        List<TableSourceNode> from = select.from();
        List<ExpressionNode> selections = select.selections();
        ExpressionNode where = select.where();
        int hash = selections.size() * 31 + select.joins().size();
        hash = hash * 31 + select.orderBy().size();
        if (!from.isEmpty() && from.get(0) instanceof TableNode table) {
            hash = hash * 31 + table.name().hashCode();
        }
        if (!selections.isEmpty() && selections.get(0) instanceof ColumnNode column) {
            hash = hash * 31 + column.column().hashCode();
        }
        if (where instanceof BinaryOperationNode binary) {
            hash = hash * 31 + binary.operator().ordinal();
            if (binary.left() instanceof ColumnNode column) {
                hash = hash * 31 + column.column().hashCode();
            }
        } else if (where != null) {
            hash = hash * 31 + 1;
        }
        hash ^= hash >>> 16;
        hash ^= hash >>> 7;
        return hash & (RECENT_SLOTS - 1);
    }

    /** How many shapes are remembered (for tests). */
    int size() {
        return shapes.size();
    }

    /** Node kinds, the first code of each node in a shape. */
    private static final int SELECT = 1;
    private static final int CTE = 2;
    private static final int JOIN = 3;
    private static final int ORDER_BY_ITEM = 4;
    private static final int SET_OPERATION = 5;
    private static final int TABLE = 6;
    private static final int SUBQUERY_TABLE = 7;
    private static final int COLUMN = 8;
    private static final int VALUE = 9;
    private static final int VALUE_LIST = 10;
    private static final int BINARY = 11;
    private static final int UNARY = 12;
    private static final int BETWEEN = 13;
    private static final int CASE = 14;
    private static final int WHEN = 15;
    private static final int CAST = 16;
    private static final int FUNCTION = 17;
    private static final int SUBQUERY = 18;
    private static final int ALIAS = 19;
    private static final int RAW = 20;
    private static final int NO_NODE = 21;
    private static final int ALL_COLUMNS = 22;
    private static final int IDENTIFIER = 23;

    /**
     * A shape: codes (node kinds, flags, operators by ordinal, list sizes) and names (strings, or lists of
     * strings), which together spell the tree without its values: each code tells what the next codes and
     * names are. Names compare by {@code equals}, identity first.
     */
    private static final class Shape {
        private final int[] codes;
        private final int codeCount;
        private final Object[] names;
        private final int nameCount;
        private final int hash;

        Shape(int[] codes, int codeCount, Object[] names, int nameCount, int hash) {
            this.codes = codes;
            this.codeCount = codeCount;
            this.names = names;
            this.nameCount = nameCount;
            this.hash = hash;
        }

        /** The same shape over its own arrays, for keeping. */
        Shape detached() {
            return new Shape(Arrays.copyOf(codes, codeCount), codeCount, Arrays.copyOf(names, nameCount), nameCount,
                hash);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Shape shape) || shape.hash != hash || shape.codeCount != codeCount
                || shape.nameCount != nameCount) {
                return false;
            }
            int[] myCodes = codes;
            int[] theirCodes = shape.codes;
            for (int i = 0; i < codeCount; i++) {
                if (myCodes[i] != theirCodes[i]) {
                    return false;
                }
            }
            Object[] myNames = names;
            Object[] theirNames = shape.names;
            for (int i = 0; i < nameCount; i++) {
                Object a = myNames[i];
                Object b = theirNames[i];
                if (a != b && (a == null || !a.equals(b))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One walk over a tree: its shape's codes and names, their hash, and its value nodes in visiting order. */
    private static final class Walk {
        // when comparing with a remembered shape: its codes and names (no buffers of this walk's own)
        private final int[] expectedCodes;
        private final Object[] expectedNames;
        int[] codes;
        int codeCount;
        Object[] names;
        int nameCount;
        int hash = 1;
        ValueNode[] valueNodes = new ValueNode[4];
        int valueCount;

        /** A walk that records the shape. */
        Walk() {
            this.expectedCodes = null;
            this.expectedNames = null;
            this.codes = new int[16];
            this.names = new Object[16];
        }

        /** A walk that compares the tree with {@code expected} as it goes, failing at the first difference. */
        Walk(Remembered expected) {
            this.expectedCodes = expected.codes;
            this.expectedNames = expected.names;
        }

        /** After a successful comparing walk: true when the tree had no more and no fewer tokens. */
        boolean matchedAll() {
            return codeCount == expectedCodes.length && nameCount == expectedNames.length;
        }

        Shape shape() {
            return new Shape(codes, codeCount, names, nameCount, hash);
        }

        private boolean code(int code) {
            if (expectedCodes != null) {
                if (codeCount == expectedCodes.length || expectedCodes[codeCount] != code) {
                    return false;
                }
                codeCount++;
                return true;
            }
            if (codeCount == codes.length) {
                if (codeCount >= MAX_TOKENS) {
                    return false;
                }
                codes = Arrays.copyOf(codes, codeCount * 2);
            }
            codes[codeCount++] = code;
            hash = 31 * hash + code;
            return true;
        }

        private boolean flag(boolean value) {
            return code(value ? 1 : 0);
        }

        /** A string (its hash code is cached) or a list of strings; null allowed. */
        private boolean name(Object value) {
            if (expectedNames != null) {
                if (nameCount == expectedNames.length) {
                    return false;
                }
                Object expected = expectedNames[nameCount];
                if (expected != value && (expected == null || !expected.equals(value))) {
                    return false;
                }
                nameCount++;
                return true;
            }
            if (nameCount == names.length) {
                if (nameCount >= MAX_TOKENS) {
                    return false;
                }
                names = Arrays.copyOf(names, nameCount * 2);
            }
            names[nameCount++] = value;
            hash = 31 * hash + (value instanceof String text ? text.hashCode() : value == null ? 0 : value.hashCode());
            return true;
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
            }
            // a node shared by two places would hide a difference of order between walk and compiler
            Set<ValueNode> seen = Collections.newSetFromMap(new IdentityHashMap<>(valueCount * 2));
            for (int i = 0; i < valueCount; i++) {
                if (!seen.add(valueNodes[i])) {
                    return false;
                }
            }
            return true;
        }

        boolean select(SelectQueryNode node) {
            // one code says which parts are present; only those are walked
            int parts = (node.with() != null ? 1 : 0)
                | (node.distinct() ? 1 << 1 : 0)
                | (!node.distinctOn().isEmpty() ? 1 << 2 : 0)
                | (!node.selections().isEmpty() ? 1 << 3 : 0)
                | (!node.from().isEmpty() ? 1 << 4 : 0)
                | (!node.joins().isEmpty() ? 1 << 5 : 0)
                | (node.where() != null ? 1 << 6 : 0)
                | (!node.groupBy().isEmpty() ? 1 << 7 : 0)
                | (node.having() != null ? 1 << 8 : 0)
                | (!node.setOperations().isEmpty() ? 1 << 9 : 0)
                | (!node.orderBy().isEmpty() ? 1 << 10 : 0)
                | (node.limit() != null ? 1 << 11 : 0)
                | (node.offset() != null ? 1 << 12 : 0)
                | (node.lock() != null ? 1 << 13 : 0);
            return code(SELECT) && code(parts)
                && (node.with() == null || with(node.with()))
                && (node.distinctOn().isEmpty() || expressions(node.distinctOn()))
                && (node.selections().isEmpty() || expressions(node.selections()))
                && (node.from().isEmpty() || sources(node.from()))
                && (node.joins().isEmpty() || joins(node.joins()))
                && (node.where() == null || expression(node.where()))
                && (node.groupBy().isEmpty() || expressions(node.groupBy()))
                && (node.having() == null || expression(node.having()))
                && (node.setOperations().isEmpty() || setOperations(node.setOperations()))
                && (node.orderBy().isEmpty() || orderBy(node.orderBy()))
                && (node.limit() == null || expression(node.limit()))
                && (node.offset() == null || expression(node.offset()))
                && (node.lock() == null
                    || code(node.lock().strength().ordinal()) && code(node.lock().waitPolicy().ordinal()));
        }

        private boolean with(WithNode with) {
            if (!flag(with.recursive()) || !code(with.expressions().size())) {
                return false;
            }
            for (CommonTableExpressionNode cte : with.expressions()) {
                if (!(cte.query() instanceof SelectQueryNode query)
                    || !code(CTE) || !name(cte.name()) || !name(cte.columns()) || !select(query)) {
                    return false;
                }
            }
            return true;
        }

        private boolean sources(List<TableSourceNode> sources) {
            if (!code(sources.size())) {
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
                return code(TABLE) && name(table.schema()) && name(table.name()) && name(table.alias());
            }
            SubqueryTableNode subquery = (SubqueryTableNode) source;
            return code(SUBQUERY_TABLE) && name(subquery.alias()) && select(subquery.query());
        }

        private boolean joins(List<JoinNode> joins) {
            if (!code(joins.size())) {
                return false;
            }
            for (int i = 0; i < joins.size(); i++) {
                JoinNode join = joins.get(i);
                if (!code(JOIN) || !code(join.type().ordinal()) || !flag(join.lateral()) || !source(join.table())
                    || !optional(join.on())) {
                    return false;
                }
            }
            return true;
        }

        private boolean setOperations(List<SetOperationNode> operations) {
            if (!code(operations.size())) {
                return false;
            }
            for (int i = 0; i < operations.size(); i++) {
                SetOperationNode operation = operations.get(i);
                if (!code(SET_OPERATION) || !code(operation.operator().ordinal()) || !flag(operation.all())
                    || !select(operation.query())) {
                    return false;
                }
            }
            return true;
        }

        private boolean orderBy(List<OrderByItemNode> items) {
            if (!code(items.size())) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                OrderByItemNode item = items.get(i);
                Boolean nullsFirst = item.nullsFirst();
                if (!code(ORDER_BY_ITEM) || !flag(item.descending())
                    || !code(nullsFirst == null ? 2 : nullsFirst ? 1 : 0) || !expression(item.expression())) {
                    return false;
                }
            }
            return true;
        }

        private boolean expressions(List<ExpressionNode> nodes) {
            if (!code(nodes.size())) {
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
            return node == null ? code(NO_NODE) : expression(node);
        }

        private boolean expression(ExpressionNode node) {
            if (node instanceof ColumnNode column) {
                return code(COLUMN) && name(column.table()) && name(column.column());
            }
            if (node instanceof ValueNode value) {
                if (valueCount == valueNodes.length) {
                    valueNodes = Arrays.copyOf(valueNodes, valueCount * 2);
                }
                valueNodes[valueCount++] = value;
                return code(VALUE);
            }
            if (node instanceof BinaryOperationNode binary) {
                return code(BINARY) && code(binary.operator().ordinal()) && expression(binary.left())
                    && expression(binary.right());
            }
            if (node instanceof UnaryOperationNode unary) {
                return code(UNARY) && code(unary.operator().ordinal()) && expression(unary.operand());
            }
            if (node instanceof AliasNode alias) {
                return code(ALIAS) && name(alias.alias()) && expression(alias.expression());
            }
            if (node instanceof FunctionNode function) {
                return code(FUNCTION) && name(function.name()) && flag(function.distinct())
                    && expressions(function.arguments());
            }
            if (node instanceof ValueListNode list) {
                return code(VALUE_LIST) && expressions(list.values());
            }
            if (node instanceof BetweenNode between) {
                return code(BETWEEN) && flag(between.negated()) && expression(between.value())
                    && expression(between.low()) && expression(between.high());
            }
            if (node instanceof CastNode cast) {
                return code(CAST) && name(cast.typeName()) && expression(cast.expression());
            }
            if (node instanceof SubqueryNode subquery) {
                return code(SUBQUERY) && select(subquery.query());
            }
            if (node instanceof CaseNode caseNode) {
                if (!code(CASE) || !optional(caseNode.subject()) || !code(caseNode.whens().size())) {
                    return false;
                }
                for (WhenNode when : caseNode.whens()) {
                    if (!code(WHEN) || !expression(when.condition()) || !expression(when.result())) {
                        return false;
                    }
                }
                return optional(caseNode.otherwise());
            }
            if (node instanceof RawNode raw) {
                return code(RAW) && name(raw.fragments()) && expressions(raw.arguments());
            }
            if (node instanceof AllColumnsNode all) {
                return code(ALL_COLUMNS) && name(all.table());
            }
            if (node instanceof IdentifierNode identifier) {
                return code(IDENTIFIER) && name(identifier.name());
            }
            // window functions, JSON arrays, excluded columns: compiled every time
            return false;
        }
    }
}
