package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** An OVER (…) window or a WINDOW clause entry. {@code existingWindowName} refers to a named window (OVER w or OVER (w ORDER BY …)); {@code frame} is null when no frame clause was written. */
public record WindowSpecification(String existingWindowName, List<Expression> partitionBy, List<OrderItem> orderBy, WindowFrame frame) implements Node {
    public WindowSpecification {
        partitionBy = List.copyOf(Objects.requireNonNull(partitionBy, "partitionBy is null"));
        orderBy = List.copyOf(Objects.requireNonNull(orderBy, "orderBy is null"));
    }
}
