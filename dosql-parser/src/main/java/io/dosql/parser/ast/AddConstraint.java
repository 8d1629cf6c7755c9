package io.dosql.parser.ast;

import java.util.Objects;

/** {@code ADD table-constraint}. */
public record AddConstraint(TableConstraint constraint) implements AlterTableAction {
    public AddConstraint {
        Objects.requireNonNull(constraint, "constraint is null");
    }
}
