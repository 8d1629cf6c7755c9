package io.dosql.query.execution;

import java.sql.Connection;
import java.sql.SQLException;

/** Where statements get their connection: a pool per statement, or the one connection of a transaction. */
public interface ConnectionProvider {
    Connection acquire() throws SQLException;

    void release(Connection connection) throws SQLException;

    /** True when every acquire returns the same connection inside an open transaction. */
    boolean inTransaction();
}
