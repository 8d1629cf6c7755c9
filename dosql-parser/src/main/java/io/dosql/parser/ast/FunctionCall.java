package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A function or aggregate call. The parser knows no function names: COALESCE, NULLIF, GREATEST, LEAST are calls by those names; {@code EXTRACT(field FROM x)} is {@code extract('field', x)}; {@code SUBSTRING(x FROM a FOR b)} is {@code substring(x, a, b)}; {@code POSITION(a IN b)} is {@code position(a, b)}; {@code TRIM([LEADING|TRAILING|BOTH] [chars] FROM x)} is {@code ltrim|rtrim|btrim(x[, chars])}; CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP, LOCALTIME, LOCALTIMESTAMP are calls with no arguments and {@code niladic} true. {@code star} is set for {@code count(*)}; {@code orderBy} is the ordered-aggregate clause ({@code string_agg(x, ',' ORDER BY y)}); {@code filter} is FILTER (WHERE …); {@code window} is the OVER clause, or null. {@code position} is the 1-based offset of the name. */
public record FunctionCall(QualifiedName name, List<Expression> arguments, boolean distinct, boolean star, List<OrderItem> orderBy, Expression filter, WindowSpecification window, boolean niladic, int position) implements Expression {
    public FunctionCall {
        Objects.requireNonNull(name, "name is null");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments is null"));
        orderBy = List.copyOf(Objects.requireNonNull(orderBy, "orderBy is null"));
    }
}
