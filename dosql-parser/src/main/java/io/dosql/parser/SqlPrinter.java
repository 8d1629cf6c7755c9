package io.dosql.parser;

import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.internal.SqlWriter;
import java.util.Objects;

/**
 * AST back to SQL text that {@link SqlParser} reads to the same tree: operators and predicates are
 * fully parenthesised ({@code ((a + 1) > b)}), names are quoted only when needed, parameters are
 * written {@code $n}. Useful for EXPLAIN output, error messages and stored definitions.
 */
public final class SqlPrinter {
    private SqlPrinter() {
    }

    public static String print(Statement statement) {
        return SqlWriter.statement(Objects.requireNonNull(statement, "statement is null"));
    }

    public static String print(Query query) {
        return SqlWriter.query(Objects.requireNonNull(query, "query is null"));
    }

    public static String print(Expression expression) {
        return SqlWriter.expression(Objects.requireNonNull(expression, "expression is null"));
    }
}
