package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A possibly schema-qualified object name; parts are case-folded unless quoted. {@code parts} has 1..3 elements. */
public record QualifiedName(List<String> parts) implements Node {

    public QualifiedName {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts is null"));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts is empty");
        }
    }

    public static QualifiedName of(String... parts) {
        return new QualifiedName(List.of(parts));
    }

    /** The last part: the object's own name. */
    public String name() {
        return parts.get(parts.size() - 1);
    }

    /** The schema part, or null when unqualified. */
    public String schema() {
        return parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
    }

    @Override
    public String toString() {
        return String.join(".", parts);
    }
}
