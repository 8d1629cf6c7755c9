package io.dosql.parser.ast;

import java.util.Objects;

/**
 * {@code COMMENT ON TABLE|VIEW|COLUMN name IS 'text' | NULL}; for COLUMN, {@code name} is the table and
 * {@code column} the column (null otherwise); a null {@code comment} removes it.
 */
public record CommentStatement(Kind kind, QualifiedName name, String column, String comment) implements Statement {
    public enum Kind { TABLE, VIEW, COLUMN }

    public CommentStatement {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(name, "name is null");
    }
}
