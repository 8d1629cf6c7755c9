package io.dosql.parser.ast;

import java.math.BigDecimal;
import java.util.Objects;

/** A numeric literal with a point or exponent, or an integer too large for a long; the text is kept exactly. */
public record DecimalLiteral(BigDecimal value, String text) implements Expression {
    public DecimalLiteral {
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(text, "text is null");
    }
}
