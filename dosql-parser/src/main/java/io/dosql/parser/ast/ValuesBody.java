package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code VALUES (…), (…)} used as a query. */
public record ValuesBody(List<List<Expression>> rows) implements QueryBody {
    public ValuesBody {
        Objects.requireNonNull(rows, "rows is null");
        rows = rows.stream().map(List::copyOf).toList();
    }
}
