package io.dosql.jdbc.durability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.Map;

/** Runs the {@link Step}s of one connection's transactions, reusing a prepared statement per SQL text. */
final class StepRunner implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Savepoint> savepoints = new HashMap<>();
    private long transaction;

    StepRunner(Connection connection) {
        this.connection = connection;
    }

    /** Runs the whole plan of transaction {@code plan.transaction()} and commits or rolls it back. */
    void run(TransactionPlan plan) throws SQLException {
        transaction = plan.transaction();
        savepoints.clear();
        for (Step step : plan.steps()) {
            step.run(this);
        }
        if (plan.commits()) {
            connection.commit();
        } else {
            connection.rollback();
        }
    }

    long transaction() {
        return transaction;
    }

    void update(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        for (int index = 0; index < parameters.length; index++) {
            statement.setObject(index + 1, parameters[index]);
        }
        statement.executeUpdate();
    }

    void setSavepoint(String name) throws SQLException {
        savepoints.put(name, connection.setSavepoint(name));
    }

    void rollbackToSavepoint(String name) throws SQLException {
        connection.rollback(savepoints.get(name));
    }

    void releaseSavepoint(String name) throws SQLException {
        connection.releaseSavepoint(savepoints.remove(name));
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
