package io.dosql.parser.internal;

import io.dosql.parser.ast.AnalyzeStatement;
import io.dosql.parser.ast.ExplainStatement;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.PragmaStatement;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.ReindexStatement;
import io.dosql.parser.ast.ResetStatement;
import io.dosql.parser.ast.SetStatement;
import io.dosql.parser.ast.ShowStatement;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.ast.StringLiteral;
import io.dosql.parser.ast.TransactionStatement;
import io.dosql.parser.ast.TruncateStatement;
import io.dosql.parser.ast.UnaryOperation;
import io.dosql.parser.ast.VacuumStatement;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/** Transaction control, SET/SHOW/RESET, EXPLAIN, and maintenance statements (ANALYZE, TRUNCATE, PRAGMA, REINDEX, VACUUM). */
final class UtilityParser {
    private final Parser parser;
    private final TokenCursor cursor;

    UtilityParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    /** BEGIN / START TRANSACTION with optional modes; SQLite's DEFERRED/IMMEDIATE/EXCLUSIVE are accepted. */
    TransactionStatement parseBegin() {
        if (cursor.acceptWord("start")) {
            cursor.expectWord("transaction");
        } else {
            cursor.expectWord("begin");
            if (!cursor.acceptWord("deferred") && !cursor.acceptWord("immediate")) {
                cursor.acceptWord("exclusive");
            }
            if (!cursor.acceptWord("transaction")) {
                cursor.acceptWord("work");
            }
        }
        return parseTransactionModes(TransactionStatement.Kind.BEGIN);
    }

    /** {@code ISOLATION LEVEL …}, {@code READ ONLY|WRITE}, {@code [NOT] DEFERRABLE}, comma-separated or not. */
    private TransactionStatement parseTransactionModes(TransactionStatement.Kind kind) {
        TransactionStatement.IsolationLevel level = null;
        Boolean readOnly = null;
        while (true) {
            if (cursor.acceptWords("isolation", "level")) {
                if (cursor.acceptWord("serializable")) {
                    level = TransactionStatement.IsolationLevel.SERIALIZABLE;
                } else if (cursor.acceptWords("repeatable", "read")) {
                    level = TransactionStatement.IsolationLevel.REPEATABLE_READ;
                } else if (cursor.acceptWords("read", "committed")) {
                    level = TransactionStatement.IsolationLevel.READ_COMMITTED;
                } else {
                    cursor.expectWords("read", "uncommitted");
                    level = TransactionStatement.IsolationLevel.READ_UNCOMMITTED;
                }
            } else if (cursor.acceptWords("read", "only")) {
                readOnly = Boolean.TRUE;
            } else if (cursor.acceptWords("read", "write")) {
                readOnly = Boolean.FALSE;
            } else if (cursor.acceptWord("deferrable") || cursor.acceptWords("not", "deferrable")) {
                continue;
            } else {
                return new TransactionStatement(kind, null, level, readOnly);
            }
            cursor.accept(TokenType.COMMA);
        }
    }

    /** COMMIT / END / ROLLBACK / ABORT / ROLLBACK TO [SAVEPOINT] s. */
    TransactionStatement parseCommitOrRollback() {
        Token keyword = cursor.next();
        boolean rollback = keyword.isWord("rollback") || keyword.isWord("abort");
        if (!cursor.acceptWord("transaction")) {
            cursor.acceptWord("work");
        }
        if (rollback && cursor.acceptWord("to")) {
            cursor.acceptWord("savepoint");
            return new TransactionStatement(TransactionStatement.Kind.ROLLBACK_TO_SAVEPOINT, cursor.columnId(), null, null);
        }
        if (cursor.acceptWord("and")) {
            cursor.acceptWord("no");
            cursor.expectWord("chain");
        }
        return new TransactionStatement(rollback ? TransactionStatement.Kind.ROLLBACK : TransactionStatement.Kind.COMMIT,
                null, null, null);
    }

    TransactionStatement parseSavepoint() {
        cursor.expectWord("savepoint");
        return new TransactionStatement(TransactionStatement.Kind.SAVEPOINT, cursor.columnId(), null, null);
    }

    TransactionStatement parseRelease() {
        cursor.expectWord("release");
        cursor.acceptWord("savepoint");
        return new TransactionStatement(TransactionStatement.Kind.RELEASE_SAVEPOINT, cursor.columnId(), null, null);
    }

    /** SET [SESSION|LOCAL] name TO|= value, … / SET TIME ZONE … / SET TRANSACTION …. */
    Statement parseSet() {
        cursor.expectWord("set");
        boolean local = cursor.acceptWord("local");
        if (!local) {
            cursor.acceptWord("session");
        }
        if (cursor.acceptWord("transaction")) {
            return parseTransactionModes(TransactionStatement.Kind.SET_TRANSACTION);
        }
        if (!local && cursor.acceptWords("characteristics", "as", "transaction")) {
            // The session's default for later transactions (what pgjdbc's setTransactionIsolation sends).
            TransactionStatement modes = parseTransactionModes(TransactionStatement.Kind.SET_TRANSACTION);
            if (modes.isolationLevel() == null) {
                return new SetStatement("default_transaction_read_only", List.of(
                        new StringLiteral(Boolean.TRUE.equals(modes.readOnly()) ? "on" : "off")), false);
            }
            return new SetStatement("default_transaction_isolation", List.of(
                    new StringLiteral(modes.isolationLevel().name().toLowerCase().replace('_', ' '))), false);
        }
        String name;
        if (cursor.acceptWords("time", "zone")) {
            name = "timezone";
            if (cursor.acceptWord("local") || cursor.acceptWord("default")) {
                return new SetStatement(name, List.of(), local);
            }
            return new SetStatement(name, List.of(parseSetValue()), local);
        }
        name = parseParameterName();
        if (!cursor.acceptWord("to")) {
            cursor.expectOperator("=");
        }
        if (cursor.acceptWord("default")) {
            return new SetStatement(name, List.of(), local);
        }
        List<Expression> values = new ArrayList<>();
        do {
            values.add(parseSetValue());
        } while (cursor.accept(TokenType.COMMA));
        return new SetStatement(name, values, local);
    }

    private String parseParameterName() {
        StringBuilder name = new StringBuilder(cursor.label());
        while (cursor.accept(TokenType.DOT)) {
            name.append('.').append(cursor.label());
        }
        return name.toString();
    }

    /** A literal, a signed number, or a bare word (kept as a string, as PostgreSQL does). */
    private Expression parseSetValue() {
        Token token = cursor.peek();
        if (token.type() == TokenType.WORD || token.type() == TokenType.QUOTED_IDENTIFIER) {
            cursor.next();
            return new StringLiteral(token.value());
        }
        if (token.isOperator("-") || token.isOperator("+")) {
            cursor.next();
            Expression number = PrimaryExpressionParser.integerLiteralOrDecimal(cursor.next(), cursor);
            return token.isOperator("-") ? new UnaryOperation(UnaryOperation.Operator.NEGATE, number) : number;
        }
        if (token.type() == TokenType.STRING) {
            cursor.next();
            return new StringLiteral(token.value());
        }
        return PrimaryExpressionParser.integerLiteralOrDecimal(cursor.next(), cursor);
    }

    ShowStatement parseShow() {
        cursor.expectWord("show");
        if (cursor.acceptWords("time", "zone")) {
            return new ShowStatement("timezone");
        }
        if (cursor.acceptWords("transaction", "isolation", "level")) {
            return new ShowStatement("transaction_isolation");
        }
        return new ShowStatement(parseParameterName());
    }

    ResetStatement parseReset() {
        cursor.expectWord("reset");
        if (cursor.acceptWords("time", "zone")) {
            return new ResetStatement("timezone");
        }
        return new ResetStatement(parseParameterName());
    }

    /** EXPLAIN [ANALYZE] [VERBOSE] s, EXPLAIN (option [value], …) s, SQLite's EXPLAIN QUERY PLAN s. */
    ExplainStatement parseExplain() {
        cursor.expectWord("explain");
        boolean analyze = false;
        boolean verbose = false;
        if (cursor.is(TokenType.LEFT_PAREN)) {
            cursor.next();
            do {
                String option = cursor.label();
                boolean enabled = true;
                if (!cursor.is(TokenType.COMMA) && !cursor.is(TokenType.RIGHT_PAREN)) {
                    Token value = cursor.next();
                    enabled = !(value.isWord("false") || value.isWord("off") || value.value().equals("0"));
                }
                if (option.equals("analyze") || option.equals("analyse")) {
                    analyze = enabled;
                } else if (option.equals("verbose")) {
                    verbose = enabled;
                }
            } while (cursor.accept(TokenType.COMMA));
            cursor.expect(TokenType.RIGHT_PAREN);
        } else {
            cursor.acceptWords("query", "plan");
            analyze = cursor.acceptWord("analyze") || cursor.acceptWord("analyse");
            verbose = cursor.acceptWord("verbose");
        }
        return new ExplainStatement(parser.statements.parseStatement(), analyze, verbose);
    }

    /** COMMENT ON TABLE|VIEW|COLUMN name IS 'text' | NULL; other object kinds are refused (0A000). */
    io.dosql.parser.ast.CommentStatement parseComment() {
        cursor.expectWord("comment");
        cursor.expectWord("on");
        Token kindToken = cursor.next();
        io.dosql.parser.ast.CommentStatement.Kind kind = switch (kindToken.type() == TokenType.WORD ? kindToken.value() : "") {
            case "table" -> io.dosql.parser.ast.CommentStatement.Kind.TABLE;
            case "view" -> io.dosql.parser.ast.CommentStatement.Kind.VIEW;
            case "column" -> io.dosql.parser.ast.CommentStatement.Kind.COLUMN;
            default -> throw io.dosql.core.ErrorCode.FEATURE_NOT_SUPPORTED.exception("COMMENT ON "
                    + kindToken.value().toUpperCase(java.util.Locale.ROOT)).withPosition(kindToken.position());
        };
        QualifiedName name = parser.queries.parseQualifiedName();
        String column = null;
        if (kind == io.dosql.parser.ast.CommentStatement.Kind.COLUMN) {
            List<String> parts = name.parts();
            if (parts.size() < 2) {
                throw cursor.syntaxError();
            }
            column = parts.get(parts.size() - 1);
            name = new QualifiedName(parts.subList(0, parts.size() - 1));
        }
        cursor.expectWord("is");
        String comment = null;
        if (!cursor.acceptWord("null")) {
            Token text = cursor.next();
            if (text.type() != TokenType.STRING) {
                throw cursor.syntaxErrorAt(text);
            }
            comment = text.value();
        }
        return new io.dosql.parser.ast.CommentStatement(kind, name, column, comment);
    }

    AnalyzeStatement parseAnalyze() {
        cursor.next();
        cursor.acceptWord("verbose");
        return new AnalyzeStatement(parseOptionalName());
    }

    private QualifiedName parseOptionalName() {
        return cursor.isColumnId() ? parser.queries.parseQualifiedName() : null;
    }

    TruncateStatement parseTruncate() {
        cursor.expectWord("truncate");
        cursor.acceptWord("table");
        List<QualifiedName> tables = new ArrayList<>();
        do {
            cursor.acceptWord("only");
            tables.add(parser.queries.parseQualifiedName());
        } while (cursor.accept(TokenType.COMMA));
        boolean restartIdentity = cursor.acceptWords("restart", "identity");
        if (!restartIdentity) {
            cursor.acceptWords("continue", "identity");
        }
        if (!cursor.acceptWord("cascade")) {
            cursor.acceptWord("restrict");
        }
        return new TruncateStatement(tables, restartIdentity);
    }

    /** PRAGMA [schema.]name [= value | (value)]. */
    PragmaStatement parsePragma() {
        cursor.expectWord("pragma");
        String name = parseParameterName();
        Expression value = null;
        if (cursor.acceptOperator("=")) {
            value = parseSetValue();
        } else if (cursor.accept(TokenType.LEFT_PAREN)) {
            value = parseSetValue();
            cursor.expect(TokenType.RIGHT_PAREN);
        }
        return new PragmaStatement(name, value);
    }

    ReindexStatement parseReindex() {
        cursor.expectWord("reindex");
        if (!cursor.acceptWord("table") && !cursor.acceptWord("index") && !cursor.acceptWord("schema")) {
            cursor.acceptWord("database");
        }
        return new ReindexStatement(parseOptionalName());
    }

    VacuumStatement parseVacuum() {
        cursor.expectWord("vacuum");
        while (cursor.acceptWord("full") || cursor.acceptWord("freeze") || cursor.acceptWord("verbose")
                || cursor.acceptWord("analyze") || cursor.acceptWord("analyse")) {
            // options only
        }
        return new VacuumStatement(parseOptionalName());
    }
}
