package io.dosql.parser.internal;

import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.FunctionTable;
import io.dosql.parser.ast.JoinedTable;
import io.dosql.parser.ast.NamedTable;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.SubqueryTable;
import io.dosql.parser.ast.TableReference;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * FROM items: named tables, derived tables, table functions, LATERAL, parenthesised joins and every
 * join form. Joins associate to the left; a qualified join's right side may itself be a join chain
 * ({@code a JOIN b JOIN c ON p ON q}), as in PostgreSQL.
 */
final class TableReferenceParser {
    private final Parser parser;
    private final TokenCursor cursor;

    TableReferenceParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    /** Comma-separated FROM items. */
    List<TableReference> parseFromList() {
        List<TableReference> references = new ArrayList<>();
        do {
            references.add(parseTableReference());
        } while (cursor.accept(TokenType.COMMA));
        return references;
    }

    TableReference parseTableReference() {
        return parseJoins(parseTablePrimary());
    }

    private TableReference parseJoins(TableReference left) {
        while (true) {
            int mark = cursor.mark();
            boolean natural = cursor.acceptWord("natural");
            JoinedTable.JoinType type = parseJoinType();
            if (type == null) {
                cursor.reset(mark);
                return left;
            }
            TableReference right = parseTablePrimary();
            if (type == JoinedTable.JoinType.CROSS || natural) {
                left = new JoinedTable(type, left, right, null, List.of(), natural);
                continue;
            }
            if (isJoinAhead()) {
                right = parseJoins(right);
            }
            if (cursor.acceptWord("on")) {
                left = new JoinedTable(type, left, right, parser.expressions.parse(), List.of(), false);
            } else if (cursor.acceptWord("using")) {
                left = new JoinedTable(type, left, right, null, parser.queries.parseNameList(), false);
            } else {
                throw cursor.syntaxError();
            }
        }
    }

    private boolean isJoinAhead() {
        Token token = cursor.peek();
        switch (token.type() == TokenType.WORD ? token.value() : "") {
            case "join", "inner", "left", "right", "full", "cross", "natural":
                return true;
            default:
                return false;
        }
    }

    /** The join keywords (consumed), or null when none is next. */
    private JoinedTable.JoinType parseJoinType() {
        if (cursor.acceptWord("join")) {
            return JoinedTable.JoinType.INNER;
        }
        if (cursor.acceptWords("inner", "join")) {
            return JoinedTable.JoinType.INNER;
        }
        if (cursor.acceptWords("cross", "join")) {
            return JoinedTable.JoinType.CROSS;
        }
        JoinedTable.JoinType type;
        if (cursor.acceptWord("left")) {
            type = JoinedTable.JoinType.LEFT;
        } else if (cursor.acceptWord("right")) {
            type = JoinedTable.JoinType.RIGHT;
        } else if (cursor.acceptWord("full")) {
            type = JoinedTable.JoinType.FULL;
        } else {
            return null;
        }
        cursor.acceptWord("outer");
        cursor.expectWord("join");
        return type;
    }

    private TableReference parseTablePrimary() {
        boolean lateral = cursor.acceptWord("lateral");
        Token token = cursor.peek();
        if (token.type() == TokenType.LEFT_PAREN) {
            int mark = cursor.mark();
            cursor.next();
            if (parser.queries.isQueryAhead()) {
                Query query = parser.queries.tryParseParenthesizedQueryContent();
                if (query != null) {
                    String alias = parseTableAlias();
                    List<String> columns = alias != null && cursor.is(TokenType.LEFT_PAREN)
                            ? parser.queries.parseNameList() : List.of();
                    return new SubqueryTable(query, alias, columns, lateral);
                }
                cursor.reset(mark + 1);
            }
            TableReference inner = parseTableReference();
            cursor.expect(TokenType.RIGHT_PAREN);
            return inner;
        }
        cursor.acceptWord("only");
        Token nameToken = cursor.peek();
        QualifiedName name = parser.queries.parseQualifiedName();
        if (cursor.is(TokenType.LEFT_PAREN)) {
            FunctionCall function = parser.functions.parseCall(name.parts(), nameToken);
            cursor.acceptWords("with", "ordinality");
            String alias = parseTableAlias();
            List<String> columns = alias != null && cursor.is(TokenType.LEFT_PAREN)
                    ? parser.queries.parseNameList() : List.of();
            return new FunctionTable(function, alias, columns, lateral);
        }
        skipSqliteIndexHint();
        String alias = parseTableAlias();
        List<String> columns = alias != null && cursor.is(TokenType.LEFT_PAREN)
                ? parser.queries.parseNameList() : List.of();
        skipSqliteIndexHint();
        return new NamedTable(name, alias, columns, nameToken.position());
    }

    /** SQLite's {@code INDEXED BY name} / {@code NOT INDEXED}: a planner hint, accepted and not kept. */
    private void skipSqliteIndexHint() {
        if (cursor.isWord("indexed") && cursor.isWordAhead(1, "by")) {
            cursor.next();
            cursor.next();
            cursor.columnId();
        } else if (cursor.isWord("not") && cursor.isWordAhead(1, "indexed")) {
            cursor.next();
            cursor.next();
        }
    }

    /** {@code [AS] alias} (a column id), or null. */
    String parseTableAlias() {
        if (cursor.acceptWord("as")) {
            return cursor.columnId();
        }
        return cursor.isColumnId() ? cursor.next().value() : null;
    }

    /** An UPDATE/DELETE target alias: like {@link #parseTableAlias} but SET ends it. */
    String parseTargetAlias() {
        if (cursor.acceptWord("as")) {
            return cursor.columnId();
        }
        return cursor.isColumnId() && !cursor.isWord("set") ? cursor.next().value() : null;
    }
}
