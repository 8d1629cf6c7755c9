package io.dosql.query.expression;

import io.dosql.query.node.CaseNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.WhenNode;
import java.util.ArrayList;
import java.util.List;

/** Builds {@code case when … then … [else …] end}; each call returns a new builder. */
public final class CaseBuilder<T> {
    private final List<WhenNode> whens;

    CaseBuilder(List<WhenNode> whens) {
        this.whens = List.copyOf(whens);
    }

    /** Adds {@code when condition then ?}. */
    public CaseBuilder<T> when(Field<Boolean> condition, T result) {
        return when(condition, Expressions.value(result));
    }

    /** Adds {@code when condition then result}. */
    public CaseBuilder<T> when(Field<Boolean> condition, Field<T> result) {
        List<WhenNode> all = new ArrayList<>(whens);
        all.add(new WhenNode(condition.toOperationNode(), result.toOperationNode()));
        return new CaseBuilder<>(all);
    }

    /** Ends with {@code else ? end}. */
    public Field<T> otherwise(T result) {
        return otherwise(Expressions.value(result));
    }

    /** Ends with {@code else result end}. */
    public Field<T> otherwise(Field<T> result) {
        return new ExpressionField<>(new CaseNode(null, whens, result.toOperationNode()));
    }

    /** Ends without ELSE ({@code end}); unmatched rows yield null. */
    public Field<T> end() {
        return new ExpressionField<>(new CaseNode(null, whens, (ExpressionNode) null));
    }
}
