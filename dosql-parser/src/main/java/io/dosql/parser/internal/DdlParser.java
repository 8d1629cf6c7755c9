package io.dosql.parser.internal;

import io.dosql.core.ErrorCode;
import io.dosql.parser.ast.AddColumn;
import io.dosql.parser.ast.AddConstraint;
import io.dosql.parser.ast.AlterColumn;
import io.dosql.parser.ast.AlterTableAction;
import io.dosql.parser.ast.AlterSequenceStatement;
import io.dosql.parser.ast.AlterTableStatement;
import io.dosql.parser.ast.CreateIndexStatement;
import io.dosql.parser.ast.CreateSchemaStatement;
import io.dosql.parser.ast.CreateSequenceStatement;
import io.dosql.parser.ast.CreateTriggerStatement;
import io.dosql.parser.ast.CreateViewStatement;
import io.dosql.parser.ast.DropColumn;
import io.dosql.parser.ast.DropConstraint;
import io.dosql.parser.ast.DropStatement;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.OrderItem;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.RenameColumn;
import io.dosql.parser.ast.RenameTable;
import io.dosql.parser.ast.SequenceOption;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/** CREATE (dispatch, INDEX, VIEW, SCHEMA, SEQUENCE, SQLite TRIGGER), DROP, ALTER TABLE and ALTER SEQUENCE. */
final class DdlParser {
    private final Parser parser;
    private final TokenCursor cursor;

    DdlParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    Statement parseCreate() {
        cursor.expectWord("create");
        boolean orReplace = cursor.acceptWords("or", "replace");
        boolean temporary = cursor.acceptWord("temp") || cursor.acceptWord("temporary");
        if (!temporary) {
            cursor.acceptWord("global");
            cursor.acceptWord("local");
            temporary = cursor.acceptWord("temp") || cursor.acceptWord("temporary");
        }
        cursor.acceptWord("unlogged");
        if (!orReplace && cursor.acceptWord("table")) {
            return parser.createTable.parse(temporary);
        }
        if (cursor.acceptWord("view")) {
            return parseCreateView(orReplace);
        }
        if (!orReplace && !temporary && cursor.acceptWord("schema")) {
            boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
            String name = cursor.columnId();
            if (cursor.acceptWord("authorization")) {
                cursor.columnId();
            }
            return new CreateSchemaStatement(name, ifNotExists);
        }
        if (!orReplace && cursor.acceptWord("trigger")) {
            return parseCreateTrigger();
        }
        if (!orReplace && !temporary && cursor.acceptWord("sequence")) {
            boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
            QualifiedName name = parser.queries.parseQualifiedName();
            return new CreateSequenceStatement(name, ifNotExists, parseSequenceOptions(false));
        }
        if (!orReplace && !temporary) {
            boolean unique = cursor.acceptWord("unique");
            if (cursor.acceptWord("index")) {
                return parseCreateIndex(unique);
            }
        }
        throw UnsupportedStatements.refuse(cursor, cursor.peek(), "CREATE");
    }

    private CreateIndexStatement parseCreateIndex(boolean unique) {
        cursor.acceptWord("concurrently");
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        String name = cursor.isWord("on") ? null : cursor.columnId();
        if (name != null && cursor.accept(TokenType.DOT)) {
            name = cursor.label();
        }
        cursor.expectWord("on");
        cursor.acceptWord("only");
        QualifiedName table = parser.queries.parseQualifiedName();
        if (cursor.acceptWord("using")) {
            cursor.columnId();
        }
        cursor.expect(TokenType.LEFT_PAREN);
        List<OrderItem> columns = new ArrayList<>();
        do {
            Expression expression = parser.expressions.parse(ExpressionParser.COLLATE);
            if (cursor.acceptWord("collate")) {
                parser.expressions.parseCollationName();
            }
            columns.add(parser.queries.parseOrderOptions(expression));
        } while (cursor.accept(TokenType.COMMA));
        cursor.expect(TokenType.RIGHT_PAREN);
        if (cursor.acceptWord("include")) {
            parser.queries.parseNameList();
        }
        Expression where = cursor.acceptWord("where") ? parser.expressions.parse() : null;
        return new CreateIndexStatement(name, ifNotExists, unique, table, columns, where);
    }

    private CreateViewStatement parseCreateView(boolean orReplace) {
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        QualifiedName name = parser.queries.parseQualifiedName();
        List<String> columns = cursor.is(TokenType.LEFT_PAREN) ? parser.queries.parseNameList() : List.of();
        cursor.expectWord("as");
        Token first = cursor.peek();
        Query query = parser.queries.parseQuery();
        Token last = cursor.previous();
        String sql = cursor.sql().substring(first.start(), last.end());
        return new CreateViewStatement(name, orReplace, ifNotExists, columns, query, sql);
    }

    /** SQLite's trigger: {@code … name [BEFORE|AFTER|INSTEAD OF] event [OF cols] ON t [FOR EACH ROW] [WHEN c] BEGIN s; … END}. */
    private CreateTriggerStatement parseCreateTrigger() {
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        String name = cursor.columnId();
        if (cursor.accept(TokenType.DOT)) {
            name = cursor.label();
        }
        CreateTriggerStatement.Timing timing = CreateTriggerStatement.Timing.BEFORE;
        if (cursor.acceptWord("after")) {
            timing = CreateTriggerStatement.Timing.AFTER;
        } else if (cursor.acceptWords("instead", "of")) {
            timing = CreateTriggerStatement.Timing.INSTEAD_OF;
        } else {
            cursor.acceptWord("before");
        }
        CreateTriggerStatement.Event event;
        List<String> updateColumns = new ArrayList<>();
        if (cursor.acceptWord("insert")) {
            event = CreateTriggerStatement.Event.INSERT;
        } else if (cursor.acceptWord("delete")) {
            event = CreateTriggerStatement.Event.DELETE;
        } else {
            cursor.expectWord("update");
            event = CreateTriggerStatement.Event.UPDATE;
            if (cursor.acceptWord("of")) {
                do {
                    updateColumns.add(cursor.columnId());
                } while (cursor.accept(TokenType.COMMA));
            }
        }
        cursor.expectWord("on");
        QualifiedName table = parser.queries.parseQualifiedName();
        boolean forEachRow = cursor.acceptWords("for", "each", "row");
        Expression when = cursor.acceptWord("when") ? parser.expressions.parse() : null;
        cursor.expectWord("begin");
        List<Statement> body = new ArrayList<>();
        while (!cursor.acceptWord("end")) {
            body.add(parser.statements.parseStatement());
            cursor.expect(TokenType.SEMICOLON);
        }
        return new CreateTriggerStatement(name, ifNotExists, timing, event, updateColumns, table, forEachRow, when, body);
    }

    DropStatement parseDrop() {
        cursor.expectWord("drop");
        Token kindToken = cursor.next();
        DropStatement.ObjectKind kind;
        switch (kindToken.type() == TokenType.WORD ? kindToken.value() : "") {
            case "table":
                kind = DropStatement.ObjectKind.TABLE;
                break;
            case "view":
                kind = DropStatement.ObjectKind.VIEW;
                break;
            case "index":
                kind = DropStatement.ObjectKind.INDEX;
                cursor.acceptWord("concurrently");
                break;
            case "schema":
                kind = DropStatement.ObjectKind.SCHEMA;
                break;
            case "trigger":
                kind = DropStatement.ObjectKind.TRIGGER;
                break;
            case "sequence":
                kind = DropStatement.ObjectKind.SEQUENCE;
                break;
            default:
                throw UnsupportedStatements.refuse(cursor, kindToken, "DROP");
        }
        boolean ifExists = cursor.acceptWords("if", "exists");
        List<QualifiedName> names = new ArrayList<>();
        do {
            names.add(parser.queries.parseQualifiedName());
        } while (cursor.accept(TokenType.COMMA));
        if (kind == DropStatement.ObjectKind.TRIGGER && cursor.acceptWord("on")) {
            // PostgreSQL's DROP TRIGGER name ON table: the table is implied by the trigger name here.
            parser.queries.parseQualifiedName();
        }
        boolean cascade = cursor.acceptWord("cascade");
        if (!cascade) {
            cursor.acceptWord("restrict");
        }
        return new DropStatement(kind, names, ifExists, cascade);
    }

    Statement parseAlter() {
        cursor.expectWord("alter");
        if (cursor.acceptWord("sequence")) {
            boolean ifExists = cursor.acceptWords("if", "exists");
            QualifiedName name = parser.queries.parseQualifiedName();
            List<SequenceOption> options = parseSequenceOptions(true);
            if (options.isEmpty()) {
                throw cursor.syntaxError();
            }
            return new AlterSequenceStatement(name, ifExists, options);
        }
        if (!cursor.isWord("table")) {
            throw UnsupportedStatements.refuse(cursor, cursor.peek(), "ALTER");
        }
        cursor.expectWord("table");
        boolean ifExists = cursor.acceptWords("if", "exists");
        cursor.acceptWord("only");
        QualifiedName name = parser.queries.parseQualifiedName();
        List<AlterTableAction> actions = new ArrayList<>();
        do {
            actions.add(parseAlterAction());
        } while (cursor.accept(TokenType.COMMA));
        return new AlterTableStatement(name, ifExists, actions);
    }

    /** The options of CREATE SEQUENCE (ALTER SEQUENCE also takes RESTART), in the order written. */
    private List<SequenceOption> parseSequenceOptions(boolean alter) {
        List<SequenceOption> options = new ArrayList<>();
        while (true) {
            if (cursor.acceptWord("as")) {
                options.add(new SequenceOption(SequenceOption.Kind.AS, null, parser.types.parse(), null));
            } else if (cursor.acceptWord("increment")) {
                cursor.acceptWord("by");
                options.add(valued(SequenceOption.Kind.INCREMENT));
            } else if (cursor.acceptWord("minvalue")) {
                options.add(valued(SequenceOption.Kind.MINVALUE));
            } else if (cursor.acceptWord("maxvalue")) {
                options.add(valued(SequenceOption.Kind.MAXVALUE));
            } else if (cursor.acceptWord("start")) {
                cursor.acceptWord("with");
                options.add(valued(SequenceOption.Kind.START));
            } else if (cursor.acceptWord("cache")) {
                options.add(valued(SequenceOption.Kind.CACHE));
            } else if (cursor.acceptWord("cycle")) {
                options.add(SequenceOption.of(SequenceOption.Kind.CYCLE));
            } else if (cursor.acceptWords("no", "minvalue")) {
                options.add(SequenceOption.of(SequenceOption.Kind.NO_MINVALUE));
            } else if (cursor.acceptWords("no", "maxvalue")) {
                options.add(SequenceOption.of(SequenceOption.Kind.NO_MAXVALUE));
            } else if (cursor.acceptWords("no", "cycle")) {
                options.add(SequenceOption.of(SequenceOption.Kind.NO_CYCLE));
            } else if (alter && cursor.acceptWord("restart")) {
                options.add(cursor.acceptWord("with") || cursor.is(TokenType.INTEGER) || cursor.isOperator("-")
                        || cursor.isOperator("+") ? valued(SequenceOption.Kind.RESTART)
                        : SequenceOption.of(SequenceOption.Kind.RESTART));
            } else if (cursor.acceptWords("owned", "by")) {
                if (cursor.acceptWord("none")) {
                    options.add(SequenceOption.of(SequenceOption.Kind.OWNED_BY_NONE));
                } else {
                    options.add(new SequenceOption(SequenceOption.Kind.OWNED_BY, null, null,
                            parser.queries.parseQualifiedName()));
                }
            } else {
                return options;
            }
        }
    }

    /** An option with a signed integer value (PostgreSQL's NumericOnly, integral here). */
    private SequenceOption valued(SequenceOption.Kind kind) {
        boolean negative = cursor.acceptOperator("-");
        if (!negative) {
            cursor.acceptOperator("+");
        }
        Token digits = cursor.expect(TokenType.INTEGER);
        long value;
        try {
            value = Long.parseLong((negative ? "-" : "") + digits.value());
        } catch (NumberFormatException tooLarge) {
            throw new io.dosql.core.DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value \""
                    + (negative ? "-" : "") + digits.value() + "\" is out of range for type bigint")
                    .withPosition(digits.position());
        }
        return new SequenceOption(kind, value, null, null);
    }

    private AlterTableAction parseAlterAction() {
        if (cursor.acceptWord("add")) {
            if (cursor.isWord("constraint") || cursor.isWord("check") || cursor.isWord("unique")
                    || cursor.isWord("foreign") || (cursor.isWord("primary") && cursor.isWordAhead(1, "key"))) {
                return new AddConstraint(parser.createTable.parseTableConstraint());
            }
            cursor.acceptWord("column");
            boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
            return new AddColumn(parser.createTable.parseColumnDefinition(), ifNotExists);
        }
        if (cursor.acceptWord("drop")) {
            if (cursor.acceptWord("constraint")) {
                boolean ifExists = cursor.acceptWords("if", "exists");
                String constraint = cursor.columnId();
                acceptDropBehavior();
                return new DropConstraint(constraint, ifExists);
            }
            cursor.acceptWord("column");
            boolean ifExists = cursor.acceptWords("if", "exists");
            String column = cursor.columnId();
            return new DropColumn(column, ifExists, acceptDropBehavior());
        }
        if (cursor.acceptWord("rename")) {
            if (cursor.acceptWord("to")) {
                return new RenameTable(cursor.columnId());
            }
            cursor.acceptWord("column");
            String oldName = cursor.columnId();
            cursor.expectWord("to");
            return new RenameColumn(oldName, cursor.columnId());
        }
        cursor.expectWord("alter");
        cursor.acceptWord("column");
        String column = cursor.columnId();
        if (cursor.acceptWords("set", "default")) {
            return new AlterColumn(column, AlterColumn.Change.SET_DEFAULT, parser.expressions.parse(), null);
        }
        if (cursor.acceptWords("drop", "default")) {
            return new AlterColumn(column, AlterColumn.Change.DROP_DEFAULT, null, null);
        }
        if (cursor.acceptWords("set", "not", "null")) {
            return new AlterColumn(column, AlterColumn.Change.SET_NOT_NULL, null, null);
        }
        if (cursor.acceptWords("drop", "not", "null")) {
            return new AlterColumn(column, AlterColumn.Change.DROP_NOT_NULL, null, null);
        }
        cursor.acceptWords("set", "data");
        cursor.expectWord("type");
        AlterColumn change = new AlterColumn(column, AlterColumn.Change.SET_TYPE, null, parser.types.parse());
        if (cursor.acceptWord("collate")) {
            parser.expressions.parseCollationName();
        }
        if (cursor.isWord("using")) {
            // The AST has no place for the conversion expression; refuse rather than ignore it.
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("ALTER COLUMN ... TYPE ... USING")
                    .withPosition(cursor.peek().position());
        }
        return change;
    }

    private boolean acceptDropBehavior() {
        if (cursor.acceptWord("cascade")) {
            return true;
        }
        cursor.acceptWord("restrict");
        return false;
    }
}
