package io.dosql.jdbc.isolation;

/** How a session asks for its isolation level; all three must reach the same transaction. */
enum LevelForm {
    /** {@code Connection.setTransactionIsolation} once, autocommit off, {@code commit()}/{@code rollback()}. */
    JDBC,
    /** Autocommit off; {@code SET TRANSACTION ISOLATION LEVEL …} as each transaction's first statement. */
    SET_TRANSACTION,
    /** Autocommit on; {@code BEGIN ISOLATION LEVEL …} … {@code COMMIT}/{@code ROLLBACK} as SQL. */
    BEGIN
}
