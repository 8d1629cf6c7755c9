package io.dosql.parser.ast;

import java.util.Objects;

/** A string literal ('…', E'…', $$…$$) with escapes resolved; its type is unknown until bound. */
public record StringLiteral(String value) implements Expression {
    public StringLiteral {
        Objects.requireNonNull(value, "value is null");
    }
}
