package io.dosql.parser.ast;

import java.util.Objects;

/** {@code expression [[AS] alias]}; alias is null when not written. */
public record ExpressionItem(Expression expression, String alias) implements SelectItem {
    public ExpressionItem {
        Objects.requireNonNull(expression, "expression is null");
    }
}
