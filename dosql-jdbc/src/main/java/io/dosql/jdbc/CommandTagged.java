package io.dosql.jdbc;

import java.sql.SQLException;

/**
 * DoSQL's extension of {@link java.sql.Statement}, reached with {@code statement.unwrap(CommandTagged.class)}:
 * the PostgreSQL command tag of the current result ({@code INSERT 0 1}, {@code CREATE TABLE},
 * {@code SELECT 3}), which shells print and JDBC has no method for.
 */
public interface CommandTagged {
    /** The tag of the result {@code getResultSet()/getUpdateCount()} currently describe, or null when none. */
    String commandTag() throws SQLException;
}
