package io.dosql.parser.ast;

import java.util.Objects;

/** BEGIN / START TRANSACTION, COMMIT / END, ROLLBACK, SAVEPOINT, RELEASE [SAVEPOINT], ROLLBACK TO [SAVEPOINT], SET TRANSACTION. {@code savepoint} is set for the savepoint kinds; {@code isolationLevel} and {@code readOnly} are null unless written. */
public record TransactionStatement(Kind kind, String savepoint, IsolationLevel isolationLevel, Boolean readOnly) implements Statement {
    public TransactionStatement {
        Objects.requireNonNull(kind, "kind is null");
    }

    /** The statement. */
    public enum Kind { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT, SET_TRANSACTION }

    /** SQL isolation levels. */
    public enum IsolationLevel { READ_UNCOMMITTED, READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE }
}
