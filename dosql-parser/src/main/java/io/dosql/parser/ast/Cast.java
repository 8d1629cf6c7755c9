package io.dosql.parser.ast;

import java.util.Objects;

/** {@code CAST(x AS type)} or {@code x::type}. */
public record Cast(Expression operand, TypeName type) implements Expression {
    public Cast {
        Objects.requireNonNull(operand, "operand is null");
        Objects.requireNonNull(type, "type is null");
    }
}
