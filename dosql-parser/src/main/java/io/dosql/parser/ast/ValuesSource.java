package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code VALUES (…), (…)}; entries may be {@link DefaultValue}. */
public record ValuesSource(List<List<Expression>> rows) implements InsertSource {
    public ValuesSource {
        Objects.requireNonNull(rows, "rows is null");
        rows = rows.stream().map(List::copyOf).toList();
    }
}
