package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code SELECT [DISTINCT [ON (…)]] items [FROM …] [WHERE …] [GROUP BY …] [HAVING …] [WINDOW …]}. Comma-separated FROM items are separate list entries (implicit cross join). {@code distinctOn} non-empty implies distinct. */
public record SelectCore(boolean distinct, List<Expression> distinctOn, List<SelectItem> items, List<TableReference> from, Expression where, List<Expression> groupBy, Expression having, List<NamedWindow> windows) implements QueryBody {
    public SelectCore {
        distinctOn = List.copyOf(Objects.requireNonNull(distinctOn, "distinctOn is null"));
        items = List.copyOf(Objects.requireNonNull(items, "items is null"));
        from = List.copyOf(Objects.requireNonNull(from, "from is null"));
        groupBy = List.copyOf(Objects.requireNonNull(groupBy, "groupBy is null"));
        windows = List.copyOf(Objects.requireNonNull(windows, "windows is null"));
    }
}
