package io.dosql.parser.ast;

import java.util.Objects;

/** {@code type 'text'}, e.g. {@code DATE '2024-01-31'}, {@code INTERVAL '1 day'}, {@code TIMESTAMP '…'}. */
public record TypedLiteral(TypeName type, String value) implements Expression {
    public TypedLiteral {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(value, "value is null");
    }
}
