package io.dosql.query.execution;

import java.sql.Connection;
import java.util.Objects;

/** The single connection of an open transaction; releasing it does nothing (the transaction ends it). */
public final class TransactionConnection implements ConnectionProvider {
    private final Connection connection;

    public TransactionConnection(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection is null");
    }

    @Override
    public Connection acquire() {
        return connection;
    }

    @Override
    public void release(Connection released) {
        // the transaction owns the connection
    }

    @Override
    public boolean inTransaction() {
        return true;
    }
}
