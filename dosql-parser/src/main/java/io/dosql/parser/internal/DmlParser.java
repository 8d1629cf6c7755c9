package io.dosql.parser.internal;

import io.dosql.parser.ast.Assignment;
import io.dosql.parser.ast.DefaultValuesSource;
import io.dosql.parser.ast.DeleteStatement;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.InsertSource;
import io.dosql.parser.ast.InsertStatement;
import io.dosql.parser.ast.MergeStatement;
import io.dosql.parser.ast.MergeWhenClause;
import io.dosql.parser.ast.OnConflictClause;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.QuerySource;
import io.dosql.parser.ast.RowConstructor;
import io.dosql.parser.ast.SelectItem;
import io.dosql.parser.ast.TableReference;
import io.dosql.parser.ast.UpdateStatement;
import io.dosql.parser.ast.ValuesBody;
import io.dosql.parser.ast.ValuesSource;
import io.dosql.parser.ast.WithClause;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/** INSERT (with SQLite's OR REPLACE/IGNORE and REPLACE INTO), UPDATE, DELETE and MERGE. */
final class DmlParser {
    private final Parser parser;
    private final TokenCursor cursor;

    DmlParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    InsertStatement parseInsert(WithClause with) {
        InsertStatement.ConflictResolution resolution = InsertStatement.ConflictResolution.NONE;
        if (cursor.acceptWord("replace")) {
            resolution = InsertStatement.ConflictResolution.REPLACE;
        } else {
            cursor.expectWord("insert");
            if (cursor.acceptWord("or")) {
                resolution = parseConflictResolution();
            }
        }
        cursor.expectWord("into");
        Token nameToken = cursor.peek();
        QualifiedName table = parser.queries.parseQualifiedName();
        String alias = cursor.acceptWord("as") ? cursor.columnId() : null;
        List<String> columns = List.of();
        if (cursor.is(TokenType.LEFT_PAREN) && !isQueryInParentheses()) {
            columns = parser.queries.parseNameList();
        }
        InsertStatement.Overriding overriding = InsertStatement.Overriding.NONE;
        if (cursor.acceptWord("overriding")) {
            overriding = cursor.acceptWord("system") ? InsertStatement.Overriding.SYSTEM_VALUE
                    : cursor.acceptWord("user") ? InsertStatement.Overriding.USER_VALUE : null;
            if (overriding == null) {
                throw cursor.syntaxError();
            }
            cursor.expectWord("value");
        }
        InsertSource source = parseInsertSource();
        OnConflictClause onConflict = cursor.isWord("on") ? parseOnConflict() : null;
        List<SelectItem> returning = parseReturning();
        return new InsertStatement(with, table, alias, columns, source, onConflict, returning, resolution,
                nameToken.position(), overriding);
    }

    private boolean isQueryInParentheses() {
        int mark = cursor.mark();
        cursor.next();
        boolean query = parser.queries.isQueryAhead();
        cursor.reset(mark);
        return query;
    }

    private InsertStatement.ConflictResolution parseConflictResolution() {
        Token token = cursor.next();
        switch (token.type() == TokenType.WORD ? token.value() : "") {
            case "replace":
                return InsertStatement.ConflictResolution.REPLACE;
            case "ignore":
                return InsertStatement.ConflictResolution.IGNORE;
            case "abort":
                return InsertStatement.ConflictResolution.ABORT;
            case "fail":
                return InsertStatement.ConflictResolution.FAIL;
            case "rollback":
                return InsertStatement.ConflictResolution.ROLLBACK;
            default:
                throw cursor.syntaxErrorAt(token);
        }
    }

    private InsertSource parseInsertSource() {
        if (cursor.acceptWord("default")) {
            cursor.expectWord("values");
            return new DefaultValuesSource();
        }
        Query query = parser.queries.parseQuery();
        if (query.body() instanceof ValuesBody && query.with() == null && query.orderBy().isEmpty()
                && query.limit() == null && query.offset() == null && query.locking() == null) {
            return new ValuesSource(((ValuesBody) query.body()).rows());
        }
        return new QuerySource(query);
    }

    private OnConflictClause parseOnConflict() {
        cursor.expectWords("on", "conflict");
        List<String> targetColumns = List.of();
        String constraintName = null;
        if (cursor.is(TokenType.LEFT_PAREN)) {
            targetColumns = parseConflictTarget();
            if (cursor.acceptWord("where")) {
                // The partial-index predicate only selects an arbiter index; accepted and not kept.
                parser.expressions.parse();
            }
        } else if (cursor.acceptWords("on", "constraint")) {
            constraintName = cursor.columnId();
        }
        cursor.expectWord("do");
        if (cursor.acceptWord("nothing")) {
            return new OnConflictClause(targetColumns, constraintName, OnConflictClause.Action.DO_NOTHING, List.of(), null);
        }
        cursor.expectWords("update", "set");
        List<Assignment> assignments = parseAssignments();
        Expression where = cursor.acceptWord("where") ? parser.expressions.parse() : null;
        return new OnConflictClause(targetColumns, constraintName, OnConflictClause.Action.DO_UPDATE, assignments, where);
    }

    private List<String> parseConflictTarget() {
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

    /** {@code c = e, (a, b) = (x, y), …} — a parenthesised column list is expanded element by element. */
    List<Assignment> parseAssignments() {
        List<Assignment> assignments = new ArrayList<>();
        do {
            if (cursor.is(TokenType.LEFT_PAREN)) {
                List<String> columns = parser.queries.parseNameList();
                Token equals = cursor.peek();
                cursor.expectOperator("=");
                Expression value = parser.expressions.parse();
                List<Expression> values = value instanceof RowConstructor
                        ? ((RowConstructor) value).elements() : List.of(value);
                if (values.size() != columns.size()) {
                    throw cursor.errorAt(equals, "number of columns does not match number of values");
                }
                for (int i = 0; i < columns.size(); i++) {
                    assignments.add(new Assignment(columns.get(i), values.get(i)));
                }
            } else {
                String column = cursor.columnId();
                if (cursor.is(TokenType.DOT)) {
                    // SQLite/MySQL allow the target qualified by the table name.
                    cursor.next();
                    column = cursor.label();
                }
                if (!cursor.acceptOperator("=")) {
                    cursor.expectOperator("==");
                }
                assignments.add(new Assignment(column, parser.expressions.parse()));
            }
        } while (cursor.accept(TokenType.COMMA));
        return assignments;
    }

    List<SelectItem> parseReturning() {
        return cursor.acceptWord("returning") ? parser.queries.parseSelectItems() : List.of();
    }

    UpdateStatement parseUpdate(WithClause with) {
        cursor.expectWord("update");
        if (cursor.acceptWord("or")) {
            parseConflictResolution();
        }
        cursor.acceptWord("only");
        Token nameToken = cursor.peek();
        QualifiedName table = parser.queries.parseQualifiedName();
        String alias = parser.tables.parseTargetAlias();
        cursor.expectWord("set");
        List<Assignment> assignments = parseAssignments();
        List<TableReference> from = cursor.acceptWord("from") ? parser.tables.parseFromList() : List.of();
        Expression where = cursor.acceptWord("where") ? parser.expressions.parse() : null;
        List<SelectItem> returning = parseReturning();
        return new UpdateStatement(with, table, alias, assignments, from, where, returning, nameToken.position());
    }

    /** {@code MERGE INTO t [[AS] a] USING source ON condition WHEN … THEN …} (PostgreSQL 15). */
    MergeStatement parseMerge() {
        cursor.expectWord("merge");
        cursor.expectWord("into");
        cursor.acceptWord("only");
        Token nameToken = cursor.peek();
        QualifiedName table = parser.queries.parseQualifiedName();
        String alias = cursor.acceptWord("as") ? cursor.columnId()
                : cursor.isColumnId() && !cursor.isWord("using") ? cursor.next().value() : null;
        cursor.expectWord("using");
        TableReference source = parser.tables.parseTableReference();
        cursor.expectWord("on");
        Expression condition = parser.expressions.parse();
        List<MergeWhenClause> clauses = new ArrayList<>();
        do {
            clauses.add(parseMergeWhen());
        } while (cursor.isWord("when"));
        return new MergeStatement(table, alias, source, condition, clauses, nameToken.position());
    }

    private MergeWhenClause parseMergeWhen() {
        cursor.expectWord("when");
        boolean matched = !cursor.acceptWord("not");
        cursor.expectWord("matched");
        Expression condition = cursor.acceptWord("and") ? parser.expressions.parse() : null;
        cursor.expectWord("then");
        if (cursor.acceptWord("do")) {
            cursor.expectWord("nothing");
            return new MergeWhenClause(matched, condition, MergeWhenClause.Action.DO_NOTHING, List.of(), List.of(), null);
        }
        Token action = cursor.peek();
        if (matched && cursor.acceptWord("update")) {
            cursor.expectWord("set");
            return new MergeWhenClause(matched, condition, MergeWhenClause.Action.UPDATE, parseAssignments(), List.of(),
                    null);
        }
        if (matched && cursor.acceptWord("delete")) {
            return new MergeWhenClause(matched, condition, MergeWhenClause.Action.DELETE, List.of(), List.of(), null);
        }
        if (!matched && cursor.acceptWord("insert")) {
            List<String> columns = cursor.is(TokenType.LEFT_PAREN) ? parser.queries.parseNameList() : List.of();
            if (cursor.acceptWord("default")) {
                cursor.expectWord("values");
                return new MergeWhenClause(matched, condition, MergeWhenClause.Action.INSERT, List.of(), columns, null);
            }
            cursor.expectWord("values");
            cursor.expect(TokenType.LEFT_PAREN);
            List<Expression> values = new ArrayList<>();
            do {
                values.add(cursor.acceptWord("default") ? new io.dosql.parser.ast.DefaultValue()
                        : parser.expressions.parse());
            } while (cursor.accept(TokenType.COMMA));
            cursor.expect(TokenType.RIGHT_PAREN);
            return new MergeWhenClause(matched, condition, MergeWhenClause.Action.INSERT, List.of(), columns, values);
        }
        throw cursor.syntaxErrorAt(action);
    }

    DeleteStatement parseDelete(WithClause with) {
        cursor.expectWord("delete");
        cursor.expectWord("from");
        cursor.acceptWord("only");
        Token nameToken = cursor.peek();
        QualifiedName table = parser.queries.parseQualifiedName();
        String alias = parser.tables.parseTargetAlias();
        List<TableReference> using = cursor.acceptWord("using") ? parser.tables.parseFromList() : List.of();
        Expression where = cursor.acceptWord("where") ? parser.expressions.parse() : null;
        List<SelectItem> returning = parseReturning();
        return new DeleteStatement(with, table, alias, using, where, returning, nameToken.position());
    }
}
