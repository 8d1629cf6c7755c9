package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE [IF EXISTS] name action[, action…]}. */
public record AlterTableStatement(QualifiedName name, boolean ifExists, List<AlterTableAction> actions) implements Statement {
    public AlterTableStatement {
        Objects.requireNonNull(name, "name is null");
        actions = List.copyOf(Objects.requireNonNull(actions, "actions is null"));
    }
}
