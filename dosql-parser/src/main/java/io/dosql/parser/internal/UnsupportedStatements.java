package io.dosql.parser.internal;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.Locale;
import java.util.Set;

/**
 * Statements PostgreSQL has and DoSQL does not (yet): they are refused with 0A000
 * "CREATE FUNCTION is not supported" rather than a misleading syntax error. Anything else is a
 * syntax error, as in PostgreSQL.
 */
final class UnsupportedStatements {
    /** First words of PostgreSQL statements without an AST here. */
    private static final Set<String> STATEMENTS = Set.of("copy", "prepare", "execute", "deallocate", "grant", "revoke",
            "listen", "notify", "unlisten", "discard", "do", "call", "lock", "cluster", "checkpoint",
            "declare", "fetch", "close", "move", "refresh", "security", "import", "load", "reassign");

    /** Object kinds PostgreSQL can CREATE, DROP or ALTER that are not supported here. */
    private static final Set<String> OBJECTS = Set.of("function", "procedure", "type", "domain", "extension",
            "database", "role", "user", "group", "materialized", "aggregate", "operator", "rule", "policy", "publication",
            "subscription", "collation", "cast", "server", "foreign", "event", "language", "tablespace", "statistics",
            "conversion", "access", "text", "transform", "routine", "owned");

    /** Kinds that CREATE and DROP support but ALTER does not. */
    private static final Set<String> ALTER_ONLY = Set.of("view", "index", "schema", "trigger");

    private UnsupportedStatements() {
    }

    /**
     * The error for {@code token} where a statement (prefix null) or an object kind after CREATE, DROP
     * or ALTER (the prefix) was expected.
     */
    static DoSqlException refuse(TokenCursor cursor, Token token, String prefix) {
        boolean known = token.type() == TokenType.WORD
                && (prefix == null ? STATEMENTS.contains(token.value())
                : OBJECTS.contains(token.value()) || (prefix.equals("ALTER") && ALTER_ONLY.contains(token.value())));
        if (!known) {
            return cursor.syntaxErrorAt(token);
        }
        String what = token.value().toUpperCase(Locale.ROOT);
        return ErrorCode.FEATURE_NOT_SUPPORTED.exception(prefix == null ? what : prefix + " " + what)
                .withPosition(token.position());
    }
}
