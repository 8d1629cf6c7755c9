package io.dosql.parser.internal;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.parser.ast.RowConstructor;
import io.dosql.parser.ast.GroupingSets;
import io.dosql.parser.ast.AllColumns;
import io.dosql.parser.ast.CommonTableExpression;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.LockingClause;
import io.dosql.parser.ast.NamedTable;
import io.dosql.parser.ast.NamedWindow;
import io.dosql.parser.ast.OrderItem;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.QueryBody;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.SelectItem;
import io.dosql.parser.ast.SetOperation;
import io.dosql.parser.ast.TableReference;
import io.dosql.parser.ast.ValuesBody;
import io.dosql.parser.ast.WithClause;
import io.dosql.parser.lexer.Keywords;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Queries: WITH, set operations (INTERSECT binds tighter than UNION/EXCEPT), SELECT cores, VALUES,
 * parenthesised queries, and the ORDER BY / LIMIT / OFFSET / FETCH / FOR UPDATE tail.
 */
final class QueryParser {
    private final Parser parser;
    private final TokenCursor cursor;

    QueryParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    /** Whether a query starts at the cursor, looking through opening parentheses. */
    boolean isQueryAhead() {
        int ahead = 0;
        while (cursor.isAhead(ahead, TokenType.LEFT_PAREN)) {
            ahead++;
        }
        Token token = cursor.peek(ahead);
        return token.isWord("select") || token.isWord("values") || token.isWord("with")
                || (token.isWord("table") && TokenCursor.isColumnId(cursor.peek(ahead + 1)));
    }

    /**
     * After an opening parenthesis known to be followed by a query (see {@link #isQueryAhead}): the
     * query and the closing parenthesis. When the query itself starts with a parenthesis the text may
     * instead be an expression such as {@code ((SELECT 1) + 1)}; then null is returned and the caller
     * resets the cursor and parses an expression.
     */
    Query tryParseParenthesizedQueryContent() {
        if (!cursor.is(TokenType.LEFT_PAREN)) {
            Query query = parseQuery();
            cursor.expect(TokenType.RIGHT_PAREN);
            return query;
        }
        try {
            Query query = parseQuery();
            cursor.expect(TokenType.RIGHT_PAREN);
            return query;
        } catch (DoSqlException notAQuery) {
            return null;
        }
    }

    Query parseQuery() {
        WithClause with = cursor.isWord("with") ? parseWith() : null;
        return parseQuery(with);
    }

    /** SELECT … INTO name seen in the statement's outermost SELECT (a CREATE TABLE AS in disguise), or null. */
    private SelectInto selectInto;
    /** How deep the query being parsed is nested (1: the statement's own query). */
    private int queryDepth;

    /** The INTO target of a SELECT … INTO statement. */
    record SelectInto(QualifiedName table, boolean temporary) {
    }

    /** The INTO target the last statement's query named, or null; reading it clears it. */
    SelectInto takeSelectInto() {
        SelectInto target = selectInto;
        selectInto = null;
        return target;
    }

    /** The rest of a query whose WITH clause (possibly null) has been read. */
    Query parseQuery(WithClause with) {
        queryDepth++;
        try {
            return parseQueryBody(with);
        } finally {
            queryDepth--;
        }
    }

    private Query parseQueryBody(WithClause with) {
        QueryBody body = parseUnionLevel();
        List<OrderItem> orderBy = List.of();
        if (cursor.acceptWord("order")) {
            cursor.expectWord("by");
            orderBy = parseOrderItems();
        }
        Expression limit = null;
        Expression offset = null;
        boolean limitSeen = false;
        boolean offsetSeen = false;
        while (true) {
            if (!limitSeen && cursor.acceptWord("limit")) {
                limitSeen = true;
                if (!cursor.acceptWord("all")) {
                    limit = parser.expressions.parse();
                }
                if (cursor.accept(TokenType.COMMA)) {
                    // SQLite's LIMIT offset, count
                    offset = limit;
                    offsetSeen = true;
                    limit = parser.expressions.parse();
                }
            } else if (!offsetSeen && cursor.acceptWord("offset")) {
                offsetSeen = true;
                offset = parser.expressions.parse();
                if (!cursor.acceptWord("rows")) {
                    cursor.acceptWord("row");
                }
            } else if (!limitSeen && cursor.isWord("fetch")) {
                limitSeen = true;
                limit = parseFetch();
            } else {
                break;
            }
        }
        LockingClause locking = cursor.isWord("for") ? parseLocking() : null;
        if (with == null && orderBy.isEmpty() && !limitSeen && !offsetSeen && locking == null
                && body instanceof Query) {
            return (Query) body;
        }
        return new Query(with, body, orderBy, limit, offset, locking);
    }

    private Expression parseFetch() {
        cursor.expectWord("fetch");
        if (!cursor.acceptWord("first")) {
            cursor.expectWord("next");
        }
        Expression count = new IntegerLiteral(1);
        if (!cursor.isWord("row") && !cursor.isWord("rows")) {
            count = parser.expressions.parse(ExpressionParser.ADDITIVE);
        }
        if (!cursor.acceptWord("rows")) {
            cursor.expectWord("row");
        }
        cursor.expectWord("only");
        return count;
    }

    private LockingClause parseLocking() {
        cursor.expectWord("for");
        LockingClause.Strength strength;
        if (cursor.acceptWord("update")) {
            strength = LockingClause.Strength.UPDATE;
        } else if (cursor.acceptWords("no", "key", "update")) {
            strength = LockingClause.Strength.NO_KEY_UPDATE;
        } else if (cursor.acceptWord("share")) {
            strength = LockingClause.Strength.SHARE;
        } else {
            cursor.expectWords("key", "share");
            strength = LockingClause.Strength.KEY_SHARE;
        }
        List<QualifiedName> tables = new ArrayList<>();
        if (cursor.acceptWord("of")) {
            do {
                tables.add(parseQualifiedName());
            } while (cursor.accept(TokenType.COMMA));
        }
        LockingClause.WaitPolicy waitPolicy = LockingClause.WaitPolicy.WAIT;
        if (cursor.acceptWord("nowait")) {
            waitPolicy = LockingClause.WaitPolicy.NOWAIT;
        } else if (cursor.acceptWords("skip", "locked")) {
            waitPolicy = LockingClause.WaitPolicy.SKIP_LOCKED;
        }
        return new LockingClause(strength, tables, waitPolicy);
    }

    WithClause parseWith() {
        cursor.expectWord("with");
        boolean recursive = cursor.acceptWord("recursive");
        List<CommonTableExpression> tables = new ArrayList<>();
        do {
            String name = cursor.columnId();
            List<String> columns = cursor.is(TokenType.LEFT_PAREN) ? parseNameList() : List.of();
            cursor.expectWord("as");
            if (!cursor.acceptWord("materialized")) {
                cursor.acceptWords("not", "materialized");
            }
            cursor.expect(TokenType.LEFT_PAREN);
            Query query = parseQuery();
            cursor.expect(TokenType.RIGHT_PAREN);
            tables.add(new CommonTableExpression(name, columns, query));
        } while (cursor.accept(TokenType.COMMA));
        return new WithClause(recursive, tables);
    }

    private QueryBody parseUnionLevel() {
        QueryBody left = parseIntersectLevel();
        while (true) {
            SetOperation.Operator operator;
            if (cursor.acceptWord("union")) {
                operator = SetOperation.Operator.UNION;
            } else if (cursor.acceptWord("except")) {
                operator = SetOperation.Operator.EXCEPT;
            } else {
                return left;
            }
            boolean all = parseSetQuantifier();
            left = new SetOperation(operator, all, left, parseIntersectLevel());
        }
    }

    private QueryBody parseIntersectLevel() {
        QueryBody left = parseQueryPrimary();
        while (cursor.acceptWord("intersect")) {
            boolean all = parseSetQuantifier();
            left = new SetOperation(SetOperation.Operator.INTERSECT, all, left, parseQueryPrimary());
        }
        return left;
    }

    private boolean parseSetQuantifier() {
        if (cursor.acceptWord("all")) {
            return true;
        }
        cursor.acceptWord("distinct");
        return false;
    }

    private QueryBody parseQueryPrimary() {
        Token token = cursor.peek();
        if (token.isWord("select")) {
            return parseSelectCore();
        }
        if (token.isWord("values")) {
            return parseValues();
        }
        if (token.type() == TokenType.LEFT_PAREN) {
            cursor.next();
            Query query = parseQuery();
            cursor.expect(TokenType.RIGHT_PAREN);
            return query;
        }
        if (token.isWord("table")) {
            cursor.next();
            Token nameToken = cursor.peek();
            NamedTable table = new NamedTable(parseQualifiedName(), null, List.of(), nameToken.position());
            return new SelectCore(false, List.of(), List.of(new AllColumns(null)), List.of(table), null, List.of(),
                    null, List.of());
        }
        throw cursor.syntaxError();
    }

    private ValuesBody parseValues() {
        cursor.expectWord("values");
        return new ValuesBody(parseValuesRows());
    }

    /** {@code (a, b), (c, d)} after VALUES. */
    List<List<Expression>> parseValuesRows() {
        List<List<Expression>> rows = new ArrayList<>();
        do {
            cursor.expect(TokenType.LEFT_PAREN);
            rows.add(parser.expressions.parseList());
            cursor.expect(TokenType.RIGHT_PAREN);
        } while (cursor.accept(TokenType.COMMA));
        return rows;
    }

    private SelectCore parseSelectCore() {
        cursor.expectWord("select");
        boolean distinct = false;
        List<Expression> distinctOn = List.of();
        if (cursor.acceptWord("distinct")) {
            distinct = true;
            if (cursor.acceptWord("on")) {
                cursor.expect(TokenType.LEFT_PAREN);
                distinctOn = parser.expressions.parseList();
                cursor.expect(TokenType.RIGHT_PAREN);
            }
        } else {
            cursor.acceptWord("all");
        }
        List<SelectItem> items = isSelectListEnd() ? List.of() : parseSelectItems();
        if (cursor.isWord("into")) {
            cursor.next();
            boolean temporary = cursor.acceptWord("temporary") || cursor.acceptWord("temp");
            cursor.acceptWord("table");
            if (queryDepth != 1 || selectInto != null) {
                throw ErrorCode.SYNTAX_ERROR.exception("SELECT ... INTO is not allowed here")
                        .withPosition(cursor.peek().position());
            }
            selectInto = new SelectInto(parseQualifiedName(), temporary);
        }
        List<TableReference> from = List.of();
        if (cursor.acceptWord("from")) {
            from = parser.tables.parseFromList();
        }
        Expression where = cursor.acceptWord("where") ? parser.expressions.parse() : null;
        List<Expression> groupBy = List.of();
        if (cursor.acceptWord("group")) {
            cursor.expectWord("by");
            if (!cursor.acceptWord("all")) {
                cursor.acceptWord("distinct");
            }
            groupBy = parseGroupingList();
        }
        Expression having = cursor.acceptWord("having") ? parser.expressions.parse() : null;
        List<NamedWindow> windows = List.of();
        if (cursor.acceptWord("window")) {
            windows = new ArrayList<>();
            do {
                String name = cursor.columnId();
                cursor.expectWord("as");
                windows.add(new NamedWindow(name, parser.functions.parseWindowSpecification()));
            } while (cursor.accept(TokenType.COMMA));
        }
        return new SelectCore(distinct, distinctOn, items, from, where, groupBy, having, windows);
    }

    /** PostgreSQL's limit on the grouping sets one GROUP BY may stand for. */
    private static final int MAX_GROUPING_SETS = 4096;

    /** GROUP BY items: expressions, {@code ()}, ROLLUP, CUBE and GROUPING SETS (these as {@link GroupingSets}). */
    private List<Expression> parseGroupingList() {
        List<Expression> list = new ArrayList<>();
        do {
            list.add(parseGroupingItem(false));
        } while (cursor.accept(TokenType.COMMA));
        return list;
    }

    /** One GROUP BY item; inside GROUPING SETS a parenthesised list is one set rather than a row value. */
    private Expression parseGroupingItem(boolean insideSets) {
        Token token = cursor.peek();
        if (token.isWord("grouping") && cursor.isWordAhead(1, "sets")) {
            cursor.next();
            cursor.next();
            cursor.expect(TokenType.LEFT_PAREN);
            List<List<Expression>> sets = new ArrayList<>();
            do {
                Expression item = parseGroupingItem(true);
                if (item instanceof GroupingSets nested) {
                    sets.addAll(nested.sets());
                } else {
                    sets.add(List.of(item));
                }
                checkGroupingSetCount(sets.size(), token);
            } while (cursor.accept(TokenType.COMMA));
            cursor.expect(TokenType.RIGHT_PAREN);
            return new GroupingSets(sets);
        }
        boolean rollup = token.isWord("rollup");
        if ((rollup || token.isWord("cube")) && cursor.isAhead(1, TokenType.LEFT_PAREN)) {
            cursor.next();
            cursor.next();
            List<List<Expression>> elements = new ArrayList<>();
            do {
                elements.add(parseGroupingElement());
            } while (cursor.accept(TokenType.COMMA));
            cursor.expect(TokenType.RIGHT_PAREN);
            List<List<Expression>> sets = new ArrayList<>();
            if (rollup) {
                for (int length = elements.size(); length >= 0; length--) {
                    sets.add(concatenated(elements.subList(0, length)));
                }
            } else {
                if (elements.size() > 12) {
                    throw ErrorCode.PROGRAM_LIMIT_EXCEEDED.exception("too many grouping sets present (maximum 4096)")
                            .withPosition(token.position());
                }
                // CUBE: every subset, larger ones first (as PostgreSQL lists them)
                for (int size = elements.size(); size >= 0; size--) {
                    for (int mask = (1 << elements.size()) - 1; mask >= 0; mask--) {
                        if (Integer.bitCount(mask) == size) {
                            List<List<Expression>> chosen = new ArrayList<>();
                            for (int bit = 0; bit < elements.size(); bit++) {
                                if ((mask & (1 << (elements.size() - 1 - bit))) != 0) {
                                    chosen.add(elements.get(bit));
                                }
                            }
                            sets.add(concatenated(chosen));
                        }
                    }
                }
            }
            return new GroupingSets(sets);
        }
        if (cursor.is(TokenType.LEFT_PAREN) && cursor.isAhead(1, TokenType.RIGHT_PAREN)) {
            cursor.next();
            cursor.next();
            return new GroupingSets(List.of(List.of()));
        }
        Expression expression = parser.expressions.parse();
        if (insideSets && expression instanceof RowConstructor row) {
            return new GroupingSets(List.of(row.elements()));
        }
        return expression;
    }

    /** An element of ROLLUP/CUBE: an expression, or a parenthesised list grouped as one unit. */
    private List<Expression> parseGroupingElement() {
        Expression expression = parser.expressions.parse();
        return expression instanceof RowConstructor row ? row.elements() : List.of(expression);
    }

    private static List<Expression> concatenated(List<List<Expression>> parts) {
        List<Expression> result = new ArrayList<>();
        for (List<Expression> part : parts) {
            result.addAll(part);
        }
        return result;
    }

    private static void checkGroupingSetCount(int count, Token token) {
        if (count > MAX_GROUPING_SETS) {
            throw ErrorCode.PROGRAM_LIMIT_EXCEEDED.exception("too many grouping sets present (maximum 4096)")
                    .withPosition(token.position());
        }
    }

    /** PostgreSQL allows an empty select list: {@code SELECT FROM t}, {@code SELECT;}. */
    private boolean isSelectListEnd() {
        Token token = cursor.peek();
        switch (token.type()) {
            case END, SEMICOLON, RIGHT_PAREN:
                return true;
            case WORD:
                switch (token.value()) {
                    case "from", "where", "group", "having", "window", "order", "limit", "offset", "fetch",
                            "for", "union", "intersect", "except", "into":
                        return true;
                    default:
                        return false;
                }
            default:
                return false;
        }
    }

    /** A SELECT or RETURNING list. */
    List<SelectItem> parseSelectItems() {
        List<SelectItem> items = new ArrayList<>();
        do {
            items.add(parseSelectItem());
        } while (cursor.accept(TokenType.COMMA));
        return items;
    }

    private SelectItem parseSelectItem() {
        if (cursor.isOperator("*")) {
            cursor.next();
            return new AllColumns(null);
        }
        int qualifiedStar = qualifiedStarLength();
        if (qualifiedStar > 0) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < qualifiedStar; i++) {
                parts.add(cursor.next().value());
                cursor.next();
            }
            cursor.next();
            return new AllColumns(new QualifiedName(parts));
        }
        Expression expression = parser.expressions.parse();
        return new ExpressionItem(expression, parseColumnAlias());
    }

    /** The number of name parts before {@code .*} at the cursor ({@code t.*} is 1), or 0. */
    private int qualifiedStarLength() {
        int ahead = 0;
        int parts = 0;
        while (TokenCursor.isLabel(cursor.peek(ahead)) && cursor.isAhead(ahead + 1, TokenType.DOT)) {
            parts++;
            ahead += 2;
            if (cursor.peek(ahead).isOperator("*")) {
                return parts;
            }
        }
        return 0;
    }

    /** {@code AS label} or a bare label (PostgreSQL's BareColLabel), or null. */
    String parseColumnAlias() {
        if (cursor.acceptWord("as")) {
            return cursor.label();
        }
        Token token = cursor.peek();
        if (token.type() == TokenType.QUOTED_IDENTIFIER
                || (token.type() == TokenType.WORD && Keywords.isBareLabel(token.value()))) {
            return cursor.next().value();
        }
        return null;
    }

    List<OrderItem> parseOrderItems() {
        List<OrderItem> items = new ArrayList<>();
        do {
            Expression expression = parser.expressions.parse();
            items.add(parseOrderOptions(expression));
        } while (cursor.accept(TokenType.COMMA));
        return items;
    }

    /** {@code [ASC|DESC] [NULLS FIRST|LAST]} after an ORDER BY or index expression. */
    OrderItem parseOrderOptions(Expression expression) {
        boolean ascending = true;
        if (cursor.acceptWord("desc")) {
            ascending = false;
        } else if (cursor.acceptWord("using")) {
            // ORDER BY x USING < / > is ascending / descending with the default btree operators.
            Token operator = cursor.expect(TokenType.OPERATOR);
            if (operator.isOperator(">")) {
                ascending = false;
            } else if (!operator.isOperator("<")) {
                throw cursor.syntaxErrorAt(operator);
            }
        } else {
            cursor.acceptWord("asc");
        }
        Boolean nullsFirst = null;
        if (cursor.isWord("nulls")) {
            // As in PostgreSQL's lexer, NULLS is only a keyword before FIRST or LAST.
            if (cursor.isWordAhead(1, "first")) {
                nullsFirst = Boolean.TRUE;
            } else if (cursor.isWordAhead(1, "last")) {
                nullsFirst = Boolean.FALSE;
            } else {
                throw cursor.syntaxError();
            }
            cursor.next();
            cursor.next();
        }
        return new OrderItem(expression, ascending, nullsFirst);
    }

    QualifiedName parseQualifiedName() {
        List<String> parts = new ArrayList<>(2);
        parts.add(cursor.columnId());
        while (cursor.accept(TokenType.DOT)) {
            parts.add(cursor.label());
        }
        return new QualifiedName(parts);
    }

    /** {@code (a, b, c)}. */
    List<String> parseNameList() {
        cursor.expect(TokenType.LEFT_PAREN);
        List<String> names = new ArrayList<>();
        do {
            names.add(cursor.columnId());
        } while (cursor.accept(TokenType.COMMA));
        cursor.expect(TokenType.RIGHT_PAREN);
        return names;
    }
}
