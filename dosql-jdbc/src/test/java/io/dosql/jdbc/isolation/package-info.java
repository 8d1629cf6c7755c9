/**
 * Transaction isolation and locking, proven on PostgreSQL and run on DoSQL: Hermitage's anomalies at
 * READ COMMITTED, REPEATABLE READ and SERIALIZABLE ({@code HermitageTest}), row locks ({@code LockingTest}),
 * the three ways of asking for a level ({@code IsolationLevelFormsTest}) and a SERIALIZABLE bank-transfer
 * invariant ({@code BankTransferInvariantTest}).
 *
 * <p>Every expectation is what PostgreSQL 15 does (the {@code POSTGRESQL} target; skipped when 127.0.0.1:5432
 * is down); the {@code DOSQL} ({@code jdbc:dosql:mem:NAME}) and {@code DOSQL_FILE} ({@code jdbc:dosql:file:DIR})
 * targets must do the same:
 *
 * <pre>mvn -q -B -o -pl dosql-jdbc -am verify \
 *     -Dtest='io/dosql/jdbc/isolation/*Test' -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>{@link io.dosql.jdbc.isolation.Session} runs each connection on its own thread, so a step can be left
 * blocked on a lock ({@code submit}) and asserted blocked (unfinished after 300 ms); every wait is bounded by
 * 10 s and sessions are rolled back and closed after each test, also after failures.
 */
package io.dosql.jdbc.isolation;
