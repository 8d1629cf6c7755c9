/**
 * The {@code dosql} shell ({@link io.dosql.cli.Main}): psql-like output over any JDBC connection, an
 * interactive JLine loop on a terminal, a script runner for standard input, {@code -c} and {@code -f},
 * and the backslash commands {@code \d}, {@code \d NAME}, {@code \dt}, {@code \dv}, {@code \di},
 * {@code \timing}, {@code \q}, {@code \?}. Built into the all-in-one {@code dosql-cli/target/dosql.jar}.
 */
package io.dosql.cli;
