package io.dosql.engine.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/** Generic bottom-up rewriting of bound expressions, and helpers built on it. */
public final class ExpressionRewriter {
    private ExpressionRewriter() {
    }

    /**
     * Rewrites top-down: {@code replacer} may return a replacement for a node (not descended into), or
     * null to keep the node and rewrite its children.
     */
    public static BoundExpression rewrite(BoundExpression expression, Function<BoundExpression, BoundExpression> replacer) {
        BoundExpression replaced = replacer.apply(expression);
        if (replaced != null) {
            return replaced;
        }
        List<BoundExpression> children = expression.children();
        if (children.isEmpty()) {
            return expression;
        }
        List<BoundExpression> rewritten = new ArrayList<>(children.size());
        boolean changed = false;
        for (BoundExpression child : children) {
            BoundExpression next = rewrite(child, replacer);
            changed |= next != child;
            rewritten.add(next);
        }
        return changed ? expression.withChildren(rewritten) : expression;
    }

    /** Renumbers column references with {@code mapping} (old index to new index). */
    public static BoundExpression remapColumns(BoundExpression expression, IntUnaryOperator mapping) {
        return rewrite(expression, node -> node instanceof ColumnRef ref
                ? new ColumnRef(mapping.applyAsInt(ref.index()), ref.type(), ref.name()) : null);
    }

    /** Adds every column index referenced (outside subqueries' own plans) to {@code indexes}. */
    public static void collectColumns(BoundExpression expression, List<Integer> indexes) {
        if (expression instanceof ColumnRef ref) {
            indexes.add(ref.index());
        }
        for (BoundExpression child : expression.children()) {
            collectColumns(child, indexes);
        }
    }

    /** True when any node satisfies {@code predicate}. */
    public static boolean any(BoundExpression expression, java.util.function.Predicate<BoundExpression> predicate) {
        if (predicate.test(expression)) {
            return true;
        }
        for (BoundExpression child : expression.children()) {
            if (any(child, predicate)) {
                return true;
            }
        }
        return false;
    }

    /** Splits nested ANDs into their conjuncts. */
    public static void splitConjuncts(BoundExpression expression, List<BoundExpression> conjuncts) {
        if (expression instanceof LogicalExpression logical && logical.isAnd()) {
            splitConjuncts(logical.left(), conjuncts);
            splitConjuncts(logical.right(), conjuncts);
        } else {
            conjuncts.add(expression);
        }
    }

    /** ANDs the conjuncts together, or null when there are none. */
    public static BoundExpression conjunction(List<BoundExpression> conjuncts) {
        BoundExpression result = null;
        for (BoundExpression conjunct : conjuncts) {
            result = result == null ? conjunct : new LogicalExpression(true, result, conjunct);
        }
        return result;
    }
}
