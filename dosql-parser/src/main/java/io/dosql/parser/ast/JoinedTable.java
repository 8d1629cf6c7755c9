package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code left [NATURAL] type JOIN right [ON condition | USING (columns)]}. CROSS JOIN has neither condition nor using. */
public record JoinedTable(JoinType type, TableReference left, TableReference right, Expression condition, List<String> usingColumns, boolean natural) implements TableReference {
    public JoinedTable {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(right, "right is null");
        usingColumns = List.copyOf(Objects.requireNonNull(usingColumns, "usingColumns is null"));
    }

    /** The join kind. */
    public enum JoinType { INNER, LEFT, RIGHT, FULL, CROSS }
}
