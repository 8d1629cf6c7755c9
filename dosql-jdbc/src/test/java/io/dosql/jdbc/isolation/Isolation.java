package io.dosql.jdbc.isolation;

import java.sql.Connection;

/** The three isolation levels PostgreSQL distinguishes (READ UNCOMMITTED behaves as READ COMMITTED). */
enum Isolation {
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED, "READ COMMITTED"),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ, "REPEATABLE READ"),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE, "SERIALIZABLE");

    final int jdbcLevel;
    final String sql;

    Isolation(int jdbcLevel, String sql) {
        this.jdbcLevel = jdbcLevel;
        this.sql = sql;
    }

    /** True from REPEATABLE READ up: one snapshot per transaction, first updater wins. */
    boolean snapshot() {
        return this != READ_COMMITTED;
    }
}
