package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A column name, optionally qualified ({@code c}, {@code t.c}, {@code s.t.c}); parts case-folded unless quoted. {@code position} is the 1-based offset in the SQL text. */
public record ColumnReference(List<String> parts, int position) implements Expression {
    public ColumnReference {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts is null"));
    }

    /** The column's own name (last part). */
    public String name() {
        return parts.get(parts.size() - 1);
    }

    /** The qualifier parts (all but the last), possibly empty. */
    public List<String> qualifier() {
        return parts.subList(0, parts.size() - 1);
    }
}
