/**
 * DoSQL's JDBC 4.3 driver for embedded databases: {@link io.dosql.jdbc.DoSqlDriver} (registered through
 * {@code META-INF/services/java.sql.Driver}) and a thin adapter over the engine's session API.
 *
 * <h2>URLs</h2>
 * <ul>
 *   <li>{@code jdbc:dosql:mem:} — a fresh private in-memory database for each connection;</li>
 *   <li>{@code jdbc:dosql:mem:NAME} — the in-memory database NAME, shared by the connections of this
 *       JVM while at least one of them is open, dropped when the last one closes;</li>
 *   <li>{@code jdbc:dosql:file:PATH} — the durable database in directory PATH (created when absent),
 *       shared by the connections of this JVM to the same canonical path and closed (synced, unlocked)
 *       when the last one closes; a second process opening the directory gets 55006. Options:
 *       {@code ?synchronous_commit=off} (the connection's initial setting) and {@code buffer_pool_mb=N}
 *       (page cache when the database is opened), joined by {@code &}.</li>
 * </ul>
 * Other URLs are not accepted ({@code connect} returns null). Other options after {@code ;} or {@code ?}
 * and all connection properties (user, password) are ignored.
 *
 * <h2>Values</h2>
 * {@code ResultSet.getObject(int)} returns the engine's value ({@link io.dosql.core.TypeKind}) made
 * JDBC-friendly: BYTEA as {@code byte[]}, SMALLINT as {@link java.lang.Integer}; everything else as the
 * engine holds it — INTEGER {@code Integer}, BIGINT {@code Long}, REAL {@code Float}, DOUBLE
 * {@code Double}, NUMERIC {@code BigDecimal}, text types {@code String}, BOOLEAN {@code Boolean},
 * DATE {@code LocalDate}, TIME {@code LocalTime}, TIMESTAMP {@code LocalDateTime}, TIMESTAMPTZ
 * {@code OffsetDateTime} (UTC), INTERVAL {@link io.dosql.core.Interval}, UUID {@code UUID}.
 * {@code getObject(int, Class)} converts to the boxed types, String, BigDecimal/BigInteger, byte[],
 * the java.time types (also Instant, ZonedDateTime, OffsetTime) and java.sql Date/Time/Timestamp.
 * {@code getString} prints any value in PostgreSQL's text format ({@code t}/{@code f}, {@code \x…}).
 * Typed getters convert as pgjdbc does: integers from NUMERIC/REAL/text truncate toward zero and raise
 * 22003 when out of range. Parameters: java.sql dates and times become java.time values, Byte becomes
 * Short, byte[] becomes Bytes, Instant/ZonedDateTime/OffsetDateTime become UTC OffsetDateTime.
 *
 * <h2>Errors</h2>
 * Every failure is an {@link java.sql.SQLException} carrying the engine's SQLSTATE, as the matching
 * subclass (42xxx SQLSyntaxErrorException, 23xxx SQLIntegrityConstraintViolationException, 40xxx
 * SQLTransactionRollbackException, 0A000 SQLFeatureNotSupportedException, 22xxx SQLDataException,
 * 08xxx SQLNonTransientConnectionException, a query timeout SQLTimeoutException). Messages follow
 * pgjdbc: {@code ERROR: …}, then {@code Detail:}, {@code Hint:} and {@code Position: N (line L, column C)}.
 * The engine's {@link io.dosql.core.DoSqlException} is the cause. Statements expose PostgreSQL's command
 * tag through {@link io.dosql.jdbc.CommandTagged}.
 */
package io.dosql.jdbc;
