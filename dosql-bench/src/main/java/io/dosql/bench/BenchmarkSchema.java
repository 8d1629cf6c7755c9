package io.dosql.bench;

import io.dosql.bench.schema.CustomerRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The benchmark database: {@code customer}, {@code product} and {@code orders}, filled with deterministic
 * rows so that every benchmark and test can compute the answer it expects.
 */
public final class BenchmarkSchema {
    /** Rows in {@code customer}; ids run from 1 to this. */
    public static final int CUSTOMERS = 1000;
    /** Rows in {@code product}. */
    public static final int PRODUCTS = 50;
    /** Rows in {@code orders}. */
    public static final int ORDERS = 5000;

    private static final List<String> COUNTRIES = List.of("DE", "FR", "US", "JP");

    /** H2 in memory, with lower-case identifiers as PostgreSQL folds them (the builder quotes lower-case names). */
    public static final String H2_URL = "jdbc:h2:mem:dosql_bench;DB_CLOSE_DELAY=0;DATABASE_TO_LOWER=TRUE";
    /** A private DoSQL in-memory database per physical connection. */
    public static final String DOSQL_URL = "jdbc:dosql:mem:";

    private BenchmarkSchema() {
    }

    /** The row {@code customer} holds for {@code id}. */
    public static CustomerRecord customer(long id) {
        return new CustomerRecord(id, "customer-" + id, "customer-" + id + "@example.com",
            COUNTRIES.get((int) (id % COUNTRIES.size())));
    }

    /** Customer of order {@code id}. */
    public static long orderCustomerId(long id) {
        return id % CUSTOMERS + 1;
    }

    /** Product of order {@code id}. */
    public static long orderProductId(long id) {
        return id % PRODUCTS + 1;
    }

    /** Total of order {@code id}, 0 to 499. */
    public static int orderTotal(long id) {
        return (int) (id * 37 % 500);
    }

    /** Creates the three tables and inserts every row, in one transaction. */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table customer (id bigint primary key, name varchar(100) not null,"
                + " email varchar(100) not null, country varchar(2) not null)");
            statement.execute("create table product (id bigint primary key, title varchar(100) not null)");
            statement.execute("create table orders (id bigint primary key, customer_id bigint not null,"
                + " product_id bigint not null, total integer not null)");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            insertCustomers(connection);
            insertProducts(connection);
            insertOrders(connection);
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void insertCustomers(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into customer (id, name, email, country) values (?, ?, ?, ?)")) {
            for (long id = 1; id <= CUSTOMERS; id++) {
                CustomerRecord customer = customer(id);
                insert.setLong(1, id);
                insert.setString(2, customer.name());
                insert.setString(3, customer.email());
                insert.setString(4, customer.country());
                insert.executeUpdate();
            }
        }
    }

    private static void insertProducts(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into product (id, title) values (?, ?)")) {
            for (long id = 1; id <= PRODUCTS; id++) {
                insert.setLong(1, id);
                insert.setString(2, "product-" + id);
                insert.executeUpdate();
            }
        }
    }

    private static void insertOrders(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into orders (id, customer_id, product_id, total) values (?, ?, ?, ?)")) {
            for (long id = 1; id <= ORDERS; id++) {
                insert.setLong(1, id);
                insert.setLong(2, orderCustomerId(id));
                insert.setLong(3, orderProductId(id));
                insert.setInt(4, orderTotal(id));
                insert.executeUpdate();
            }
        }
    }
}
