package io.dosql.parser.internal;

import io.dosql.parser.ast.CreateTableStatement;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.SelectStatement;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.ast.WithClause;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.List;

/** Chooses the statement kind from its first word(s) and hands over to the concern's parser. */
final class StatementParser {
    private final Parser parser;
    private final TokenCursor cursor;

    StatementParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    Statement parseStatement() {
        Token token = cursor.peek();
        if (token.type() == TokenType.LEFT_PAREN) {
            return new SelectStatement(parser.queries.parseQuery());
        }
        if (token.type() != TokenType.WORD) {
            throw cursor.syntaxError();
        }
        switch (token.value()) {
            case "select", "values", "table": {
                Query query = parser.queries.parseQuery();
                QueryParser.SelectInto into = parser.queries.takeSelectInto();
                // SELECT … INTO t is CREATE TABLE t AS SELECT … (PostgreSQL keeps it for compatibility)
                return into == null ? new SelectStatement(query) : new CreateTableStatement(into.table(), false,
                        into.temporary(), List.of(), List.of(), query);
            }
            case "with":
                return parseWithStatement();
            case "insert", "replace":
                return parser.dml.parseInsert(null);
            case "update":
                return parser.dml.parseUpdate(null);
            case "delete":
                return parser.dml.parseDelete(null);
            case "merge":
                return parser.dml.parseMerge();
            case "create":
                return parser.ddl.parseCreate();
            case "drop":
                return parser.ddl.parseDrop();
            case "alter":
                return parser.ddl.parseAlter();
            case "begin", "start":
                return parser.utility.parseBegin();
            case "commit", "end", "rollback", "abort":
                return parser.utility.parseCommitOrRollback();
            case "savepoint":
                return parser.utility.parseSavepoint();
            case "release":
                return parser.utility.parseRelease();
            case "set":
                return parser.utility.parseSet();
            case "show":
                return parser.utility.parseShow();
            case "reset":
                return parser.utility.parseReset();
            case "explain":
                return parser.utility.parseExplain();
            case "analyze", "analyse":
                return parser.utility.parseAnalyze();
            case "truncate":
                return parser.utility.parseTruncate();
            case "comment":
                return parser.utility.parseComment();
            case "pragma":
                return parser.utility.parsePragma();
            case "reindex":
                return parser.utility.parseReindex();
            case "vacuum":
                return parser.utility.parseVacuum();
            default:
                throw UnsupportedStatements.refuse(cursor, token, null);
        }
    }

    /** WITH … followed by SELECT/VALUES or by INSERT, UPDATE or DELETE. */
    private Statement parseWithStatement() {
        WithClause with = parser.queries.parseWith();
        if (cursor.isWord("insert") || cursor.isWord("replace")) {
            return parser.dml.parseInsert(with);
        }
        if (cursor.isWord("update")) {
            return parser.dml.parseUpdate(with);
        }
        if (cursor.isWord("delete")) {
            return parser.dml.parseDelete(with);
        }
        return new SelectStatement(parser.queries.parseQuery(with));
    }
}
