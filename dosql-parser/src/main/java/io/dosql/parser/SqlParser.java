package io.dosql.parser;

import io.dosql.core.ErrorCode;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.internal.Parser;
import io.dosql.parser.internal.StatementSplitter;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Entry point of the parser: SQL text in PostgreSQL's dialect (plus common SQLite forms) to the
 * immutable AST of {@link io.dosql.parser.ast}.
 *
 * <p>Errors are {@link io.dosql.core.DoSqlException}s with {@link io.dosql.core.ErrorCode#SYNTAX_ERROR}
 * (42601), PostgreSQL's message ({@code syntax error at or near "FROM"}) and the 1-based character
 * position of the offending token. Parsing is thread-safe: every call uses its own state.
 */
public final class SqlParser {
    private SqlParser() {
    }

    /** Every statement of a script separated by semicolons; empty statements are skipped. */
    public static List<Statement> parseScript(String sql) {
        return guarded(() -> new Parser(Objects.requireNonNull(sql, "sql is null")).parseScript());
    }

    /** Exactly one statement; a trailing semicolon is allowed. */
    public static Statement parseStatement(String sql) {
        return guarded(() -> new Parser(Objects.requireNonNull(sql, "sql is null")).parseSingleStatement());
    }

    /** A query (SELECT, VALUES, WITH … SELECT, parenthesised query). */
    public static Query parseQuery(String sql) {
        return guarded(() -> new Parser(Objects.requireNonNull(sql, "sql is null")).parseQueryOnly());
    }

    /** A single value expression. */
    public static Expression parseExpression(String sql) {
        return guarded(() -> new Parser(Objects.requireNonNull(sql, "sql is null")).parseExpressionOnly());
    }

    /** Runs a parse, turning a stack overflow on absurdly deep nesting into PostgreSQL's 54001 error. */
    private static <T> T guarded(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (StackOverflowError tooDeep) {
            throw ErrorCode.STATEMENT_TOO_COMPLEX.exception("stack depth limit exceeded");
        }
    }

    /**
     * Splits a script into statement texts (without their semicolons), respecting quotes, dollar
     * quotes, comments and a SQLite trigger's {@code BEGIN … END} body. Empty statements are skipped.
     */
    public static List<String> splitStatements(String sql) {
        return StatementSplitter.split(Objects.requireNonNull(sql, "sql is null"));
    }

    /**
     * Whether {@code sql} ends with a complete statement: its last token is a semicolon outside quotes,
     * comments and a trigger's {@code BEGIN … END} body. An interactive shell keeps reading lines until
     * this is true ({@code "SELECT 'a;"} is not complete, {@code "SELECT 1; -- done"} is).
     */
    public static boolean isComplete(String sql) {
        return StatementSplitter.isComplete(Objects.requireNonNull(sql, "sql is null"));
    }
}
