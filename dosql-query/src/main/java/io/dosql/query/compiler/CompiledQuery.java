package io.dosql.query.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The output of a compiler: SQL text with {@code ?} placeholders and the values bound to them, in order. */
public record CompiledQuery(String sql, List<Object> parameters) {
    public CompiledQuery {
        Objects.requireNonNull(sql, "sql is null");
        // parameters may contain nulls (SQL NULL), which List.copyOf rejects
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }
}
