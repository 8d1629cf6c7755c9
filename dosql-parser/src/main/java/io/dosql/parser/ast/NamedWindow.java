package io.dosql.parser.ast;

import java.util.Objects;

/** A WINDOW clause entry: {@code name AS (specification)}. */
public record NamedWindow(String name, WindowSpecification specification) implements Node {
    public NamedWindow {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(specification, "specification is null");
    }
}
