package io.dosql.parser.internal;

import io.dosql.parser.ast.CheckColumnConstraint;
import io.dosql.parser.ast.CheckConstraint;
import io.dosql.parser.ast.CollateExpression;
import io.dosql.parser.ast.ColumnConstraint;
import io.dosql.parser.ast.ColumnDefinition;
import io.dosql.parser.ast.CreateTableStatement;
import io.dosql.parser.ast.DefaultColumnConstraint;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.ForeignKeyConstraint;
import io.dosql.parser.ast.IdentityColumnConstraint;
import io.dosql.parser.ast.NotNullConstraint;
import io.dosql.parser.ast.NullConstraint;
import io.dosql.parser.ast.PrimaryKeyColumnConstraint;
import io.dosql.parser.ast.PrimaryKeyConstraint;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.ReferencesColumnConstraint;
import io.dosql.parser.ast.ReferentialAction;
import io.dosql.parser.ast.TableConstraint;
import io.dosql.parser.ast.TypeName;
import io.dosql.parser.ast.UniqueColumnConstraint;
import io.dosql.parser.ast.UniqueConstraint;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TABLE: column definitions with their constraints, table constraints, and CREATE TABLE … AS.
 * SQLite forms are accepted: untyped columns, {@code PRIMARY KEY AUTOINCREMENT}, conflict clauses,
 * {@code WITHOUT ROWID}; COLLATE on a column is accepted and not kept.
 */
final class CreateTableParser {
    private final Parser parser;
    private final TokenCursor cursor;

    CreateTableParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    /** After {@code CREATE [TEMP] TABLE}. */
    CreateTableStatement parse(boolean temporary) {
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        QualifiedName name = parser.queries.parseQualifiedName();
        if (cursor.acceptWord("as") || (cursor.is(TokenType.LEFT_PAREN) && isColumnListBeforeAs())) {
            return parseAs(name, ifNotExists, temporary);
        }
        cursor.expect(TokenType.LEFT_PAREN);
        List<ColumnDefinition> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        if (!cursor.is(TokenType.RIGHT_PAREN)) {
            do {
                if (isTableConstraintStart()) {
                    constraints.add(parseTableConstraint());
                } else {
                    columns.add(parseColumnDefinition());
                }
            } while (cursor.accept(TokenType.COMMA));
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        // SQLite table options, accepted without effect.
        cursor.acceptWords("without", "rowid");
        cursor.acceptWord("strict");
        return new CreateTableStatement(name, ifNotExists, temporary, columns, constraints, null);
    }

    /** {@code name (a, b) AS query}: a parenthesised name list directly followed by AS. */
    private boolean isColumnListBeforeAs() {
        int ahead = 1;
        while (TokenCursor.isLabel(cursor.peek(ahead)) && cursor.isAhead(ahead + 1, TokenType.COMMA)) {
            ahead += 2;
        }
        return TokenCursor.isLabel(cursor.peek(ahead)) && cursor.isAhead(ahead + 1, TokenType.RIGHT_PAREN)
                && cursor.isWordAhead(ahead + 2, "as");
    }

    private CreateTableStatement parseAs(QualifiedName name, boolean ifNotExists, boolean temporary) {
        List<ColumnDefinition> columns = new ArrayList<>();
        if (cursor.is(TokenType.LEFT_PAREN)) {
            for (String column : parser.queries.parseNameList()) {
                columns.add(new ColumnDefinition(column, null, List.of()));
            }
            cursor.expectWord("as");
        }
        Query query = parser.queries.parseQuery();
        if (cursor.acceptWord("with")) {
            cursor.acceptWord("no");
            cursor.expectWord("data");
        }
        return new CreateTableStatement(name, ifNotExists, temporary, columns, List.of(), query);
    }

    private boolean isTableConstraintStart() {
        Token token = cursor.peek();
        if (token.type() != TokenType.WORD) {
            return false;
        }
        switch (token.value()) {
            case "constraint", "check", "unique", "foreign":
                return true;
            case "primary":
                return cursor.isWordAhead(1, "key");
            default:
                return false;
        }
    }

    ColumnDefinition parseColumnDefinition() {
        String name = cursor.columnId();
        TypeName type = null;
        if (!isColumnConstraintStart() && !cursor.is(TokenType.COMMA) && !cursor.is(TokenType.RIGHT_PAREN)
                && !cursor.is(TokenType.END) && !cursor.is(TokenType.SEMICOLON)) {
            type = parser.types.parse();
        }
        List<ColumnConstraint> constraints = new ArrayList<>();
        while (true) {
            if (cursor.acceptWord("collate")) {
                parser.expressions.parseCollationName();
                continue;
            }
            if (!isColumnConstraintStart()) {
                break;
            }
            ColumnConstraint constraint = parseColumnConstraint();
            if (constraint != null) {
                constraints.add(constraint);
            }
        }
        return new ColumnDefinition(name, type, constraints);
    }

    private boolean isColumnConstraintStart() {
        Token token = cursor.peek();
        if (token.type() != TokenType.WORD) {
            return false;
        }
        switch (token.value()) {
            case "constraint", "not", "null", "primary", "unique", "check", "default", "references", "generated",
                    "collate":
                return true;
            default:
                return false;
        }
    }

    /** One column constraint; null for accepted-but-ignored clauses. */
    private ColumnConstraint parseColumnConstraint() {
        String name = cursor.acceptWord("constraint") ? cursor.columnId() : null;
        if (cursor.acceptWords("not", "null")) {
            skipConflictClause();
            return new NotNullConstraint(name);
        }
        if (cursor.acceptWord("null")) {
            return new NullConstraint(name);
        }
        if (cursor.acceptWord("primary")) {
            cursor.expectWord("key");
            if (!cursor.acceptWord("asc")) {
                cursor.acceptWord("desc");
            }
            skipConflictClause();
            boolean autoincrement = cursor.acceptWord("autoincrement");
            return new PrimaryKeyColumnConstraint(name, autoincrement);
        }
        if (cursor.acceptWord("unique")) {
            skipConflictClause();
            return new UniqueColumnConstraint(name);
        }
        if (cursor.acceptWord("check")) {
            return new CheckColumnConstraint(name, parseParenthesizedCondition());
        }
        if (cursor.acceptWord("default")) {
            Expression value = parser.expressions.parse(ExpressionParser.OTHER_OPERATOR);
            if (value instanceof CollateExpression) {
                // PostgreSQL's DEFAULT takes a b_expr, which has no COLLATE: the COLLATE is the column's.
                value = ((CollateExpression) value).operand();
            }
            return new DefaultColumnConstraint(name, value);
        }
        if (cursor.acceptWord("references")) {
            QualifiedName table = parser.queries.parseQualifiedName();
            List<String> columns = cursor.is(TokenType.LEFT_PAREN) ? parser.queries.parseNameList() : List.of();
            ReferentialAction[] actions = parseReferentialActions();
            return new ReferencesColumnConstraint(name, table, columns, actions[0], actions[1]);
        }
        if (cursor.acceptWord("generated")) {
            boolean always = cursor.acceptWord("always");
            if (!always) {
                cursor.expectWords("by", "default");
            }
            cursor.expectWords("as", "identity");
            if (cursor.is(TokenType.LEFT_PAREN)) {
                skipParenthesized();
            }
            return new IdentityColumnConstraint(name, always);
        }
        throw cursor.syntaxError();
    }

    private Expression parseParenthesizedCondition() {
        cursor.expect(TokenType.LEFT_PAREN);
        Expression condition = parser.expressions.parse();
        cursor.expect(TokenType.RIGHT_PAREN);
        return condition;
    }

    /** SQLite's {@code ON CONFLICT ROLLBACK|ABORT|FAIL|IGNORE|REPLACE} on a constraint; accepted, not kept. */
    private void skipConflictClause() {
        if (cursor.isWord("on") && cursor.isWordAhead(1, "conflict")) {
            cursor.next();
            cursor.next();
            cursor.next();
        }
    }

    private void skipParenthesized() {
        int depth = 0;
        do {
            Token token = cursor.next();
            if (token.type() == TokenType.LEFT_PAREN) {
                depth++;
            } else if (token.type() == TokenType.RIGHT_PAREN) {
                depth--;
            } else if (token.type() == TokenType.END) {
                throw cursor.syntaxErrorAt(token);
            }
        } while (depth > 0);
    }

    TableConstraint parseTableConstraint() {
        String name = cursor.acceptWord("constraint") ? cursor.columnId() : null;
        if (cursor.acceptWords("primary", "key")) {
            List<String> columns = parseIndexColumnNames();
            skipConflictClause();
            return new PrimaryKeyConstraint(name, columns);
        }
        if (cursor.acceptWord("unique")) {
            List<String> columns = parseIndexColumnNames();
            skipConflictClause();
            return new UniqueConstraint(name, columns);
        }
        if (cursor.acceptWord("check")) {
            return new CheckConstraint(name, parseParenthesizedCondition());
        }
        cursor.expectWords("foreign", "key");
        List<String> columns = parser.queries.parseNameList();
        cursor.expectWord("references");
        QualifiedName table = parser.queries.parseQualifiedName();
        List<String> referenced = cursor.is(TokenType.LEFT_PAREN) ? parser.queries.parseNameList() : List.of();
        ReferentialAction[] actions = parseReferentialActions();
        return new ForeignKeyConstraint(name, columns, table, referenced, actions[0], actions[1]);
    }

    /** {@code (a [COLLATE x] [ASC|DESC], …)} in a PRIMARY KEY or UNIQUE table constraint. */
    private List<String> parseIndexColumnNames() {
        cursor.expect(TokenType.LEFT_PAREN);
        List<String> names = new ArrayList<>();
        do {
            names.add(cursor.columnId());
            if (cursor.acceptWord("collate")) {
                parser.expressions.parseCollationName();
            }
            if (!cursor.acceptWord("asc")) {
                cursor.acceptWord("desc");
            }
        } while (cursor.accept(TokenType.COMMA));
        cursor.expect(TokenType.RIGHT_PAREN);
        return names;
    }

    /** {@code [MATCH …] [ON DELETE a] [ON UPDATE a] [[NOT] DEFERRABLE …]} → {onDelete, onUpdate}. */
    private ReferentialAction[] parseReferentialActions() {
        ReferentialAction[] actions = {ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION};
        while (true) {
            if (cursor.acceptWord("match")) {
                cursor.next();
            } else if (cursor.acceptWords("on", "delete")) {
                actions[0] = parseReferentialAction();
            } else if (cursor.acceptWords("on", "update")) {
                actions[1] = parseReferentialAction();
            } else if (cursor.acceptWord("deferrable") || cursor.acceptWords("not", "deferrable")) {
                if (cursor.acceptWord("initially")) {
                    cursor.next();
                }
            } else {
                return actions;
            }
        }
    }

    private ReferentialAction parseReferentialAction() {
        if (cursor.acceptWord("cascade")) {
            return ReferentialAction.CASCADE;
        }
        if (cursor.acceptWord("restrict")) {
            return ReferentialAction.RESTRICT;
        }
        if (cursor.acceptWords("set", "null")) {
            return ReferentialAction.SET_NULL;
        }
        if (cursor.acceptWords("set", "default")) {
            return ReferentialAction.SET_DEFAULT;
        }
        cursor.expectWords("no", "action");
        return ReferentialAction.NO_ACTION;
    }
}
