package io.dosql.parser.internal;

import io.dosql.core.ErrorCode;
import io.dosql.parser.ast.ArrayConstructor;
import io.dosql.parser.ast.BooleanLiteral;
import io.dosql.parser.ast.CaseExpression;
import io.dosql.parser.ast.Cast;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.DecimalLiteral;
import io.dosql.parser.ast.DefaultValue;
import io.dosql.parser.ast.Exists;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.NullLiteral;
import io.dosql.parser.ast.Parameter;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.RowConstructor;
import io.dosql.parser.ast.ScalarSubquery;
import io.dosql.parser.ast.StringLiteral;
import io.dosql.parser.ast.TypeName;
import io.dosql.parser.ast.TypedLiteral;
import io.dosql.parser.ast.WhenClause;
import io.dosql.parser.lexer.Keywords;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary expressions: literals, parameters, column references, parenthesised expressions and
 * subqueries, row and array constructors, CASE, CAST, EXISTS and typed literals. Function calls and
 * the SQL-standard special forms are delegated to {@link FunctionCallParser}.
 */
final class PrimaryExpressionParser {
    private final Parser parser;
    private final TokenCursor cursor;

    PrimaryExpressionParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    Expression parsePrimary() {
        Token token = cursor.peek();
        switch (token.type()) {
            case INTEGER:
                cursor.next();
                return integerLiteral(token.value());
            case DECIMAL:
                cursor.next();
                return new DecimalLiteral(new BigDecimal(token.value()), token.value());
            case STRING:
                cursor.next();
                return new StringLiteral(token.value());
            case BLOB:
                cursor.next();
                return new TypedLiteral(new TypeName("bytea", List.of(), false), "\\x" + token.value());
            case BIT_STRING:
                cursor.next();
                return new TypedLiteral(new TypeName("bit", List.of(token.value().length()), false), token.value());
            case PARAMETER:
                cursor.next();
                return new Parameter(parameterNumber(token), token.position());
            case LEFT_PAREN:
                return parseParenthesized();
            case WORD:
                return parseWord(token);
            case QUOTED_IDENTIFIER:
                return parseName();
            default:
                throw cursor.syntaxError();
        }
    }

    private static int parameterNumber(Token token) {
        String digits = token.value();
        int firstNonZero = 0;
        while (firstNonZero < digits.length() - 1 && digits.charAt(firstNonZero) == '0') {
            firstNonZero++;
        }
        String significant = digits.substring(firstNonZero);
        if (significant.length() > 10 || Long.parseLong(significant) > Integer.MAX_VALUE) {
            throw ErrorCode.UNDEFINED_PARAMETER.exception(digits).withPosition(token.position());
        }
        return Integer.parseInt(significant);
    }

    static Expression integerLiteral(String digits) {
        if (digits.length() <= 18) {
            return new IntegerLiteral(Long.parseLong(digits));
        }
        try {
            return new IntegerLiteral(Long.parseLong(digits));
        } catch (NumberFormatException overflow) {
            return new DecimalLiteral(new BigDecimal(digits), digits);
        }
    }

    /** A numeric token as a literal; anything else is a syntax error at it. */
    static Expression integerLiteralOrDecimal(Token token, TokenCursor cursor) {
        if (token.type() == TokenType.INTEGER) {
            return integerLiteral(token.value());
        }
        if (token.type() == TokenType.DECIMAL) {
            return new DecimalLiteral(new BigDecimal(token.value()), token.value());
        }
        throw cursor.syntaxErrorAt(token);
    }

    private Expression parseWord(Token token) {
        switch (token.value()) {
            case "null":
                cursor.next();
                return new NullLiteral();
            case "true":
                cursor.next();
                return new BooleanLiteral(true);
            case "false":
                cursor.next();
                return new BooleanLiteral(false);
            case "default":
                cursor.next();
                return new DefaultValue();
            case "case":
                return parseCase();
            case "cast":
                return parseCast();
            case "exists":
                if (cursor.isAhead(1, TokenType.LEFT_PAREN)) {
                    cursor.next();
                    return new Exists(parseSubqueryInParentheses());
                }
                break;
            case "array":
                if (cursor.isAhead(1, TokenType.LEFT_BRACKET)) {
                    cursor.next();
                    return parseArrayElements();
                }
                break;
            case "row":
                if (cursor.isAhead(1, TokenType.LEFT_PAREN)) {
                    cursor.next();
                    cursor.next();
                    if (cursor.accept(TokenType.RIGHT_PAREN)) {
                        return new RowConstructor(List.of());
                    }
                    List<Expression> elements = parser.expressions.parseList();
                    cursor.expect(TokenType.RIGHT_PAREN);
                    return new RowConstructor(elements);
                }
                break;
            default:
                break;
        }
        Expression special = parser.functions.parseSpecialForm(token);
        if (special != null) {
            return special;
        }
        Expression typed = parseTypedLiteral(token);
        if (typed != null) {
            return typed;
        }
        return parseName();
    }

    /** A column reference, a function call, or a {@code type 'literal'}. */
    private Expression parseName() {
        Token first = cursor.peek();
        if (cursor.isAhead(1, TokenType.LEFT_PAREN) && first.keyword() != Keywords.Category.RESERVED
                && (first.type() == TokenType.WORD || first.type() == TokenType.QUOTED_IDENTIFIER)) {
            return parser.functions.parseCall(List.of(cursor.next().value()), first);
        }
        if (!TokenCursor.isColumnId(first)) {
            throw cursor.syntaxError();
        }
        List<String> parts = new ArrayList<>(3);
        parts.add(cursor.next().value());
        while (cursor.accept(TokenType.DOT)) {
            parts.add(cursor.label());
        }
        if (cursor.is(TokenType.LEFT_PAREN)) {
            return parser.functions.parseCall(parts, first);
        }
        if (parts.size() == 1 && cursor.is(TokenType.STRING) && first.type() == TokenType.WORD) {
            String value = cursor.next().value();
            return new TypedLiteral(new TypeName(first.value(), List.of(), false), value);
        }
        return new ColumnReference(parts, first.position());
    }

    /**
     * {@code DATE '…'}, {@code TIMESTAMP WITH TIME ZONE '…'}, {@code INTERVAL '1' DAY}, … — a type
     * keyword that cannot start a column reference and is followed by a string. Returns null when the
     * word does not start a typed literal.
     */
    private Expression parseTypedLiteral(Token token) {
        if (token.keyword() == Keywords.Category.RESERVED) {
            return null;
        }
        if (token.isWord("interval")) {
            return parseIntervalLiteral();
        }
        if (cursor.isAhead(1, TokenType.STRING)) {
            cursor.next();
            return new TypedLiteral(new TypeName(token.value(), List.of(), false), cursor.next().value());
        }
        if (!isMultiWordTypeStart(token)) {
            return null;
        }
        TypeName type = parser.types.parse();
        if (!cursor.is(TokenType.STRING)) {
            throw cursor.syntaxError();
        }
        return new TypedLiteral(type, cursor.next().value());
    }

    private boolean isMultiWordTypeStart(Token token) {
        Token following = cursor.peek(1);
        switch (token.value()) {
            case "time", "timestamp":
                if (following.type() == TokenType.LEFT_PAREN && cursor.isAhead(2, TokenType.INTEGER)
                        && cursor.isAhead(3, TokenType.RIGHT_PAREN)) {
                    following = cursor.peek(4);
                    return following.type() == TokenType.STRING || following.isWord("with") || following.isWord("without");
                }
                return following.isWord("with") || following.isWord("without");
            case "double":
                return following.isWord("precision");
            default:
                return false;
        }
    }

    /** {@code INTERVAL 'text' [field [TO field]]}; a single field after a plain number becomes part of the text ("1 day"). */
    private Expression parseIntervalLiteral() {
        if (!cursor.isAhead(1, TokenType.STRING)) {
            return null;
        }
        cursor.next();
        String value = cursor.next().value();
        String field = intervalField();
        if (field != null) {
            cursor.next();
            if (cursor.acceptWord("to")) {
                if (intervalField() == null) {
                    throw cursor.syntaxError();
                }
                cursor.next();
                if (cursor.accept(TokenType.LEFT_PAREN)) {
                    cursor.expect(TokenType.INTEGER);
                    cursor.expect(TokenType.RIGHT_PAREN);
                }
            } else if (isPlainNumber(value)) {
                value = value.trim() + " " + field;
            }
        }
        return new TypedLiteral(new TypeName("interval", List.of(), false), value);
    }

    private String intervalField() {
        Token token = cursor.peek();
        if (token.type() != TokenType.WORD) {
            return null;
        }
        switch (token.value()) {
            case "year", "month", "day", "hour", "minute", "second":
                return token.value();
            default:
                return null;
        }
    }

    private static boolean isPlainNumber(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean sign = i == 0 && (c == '-' || c == '+');
            if (!sign && c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** {@code ( expression )}, {@code ( a, b, … )} or {@code ( subquery )}. */
    private Expression parseParenthesized() {
        int mark = cursor.mark();
        cursor.expect(TokenType.LEFT_PAREN);
        if (parser.queries.isQueryAhead()) {
            Query query = parser.queries.tryParseParenthesizedQueryContent();
            if (query != null) {
                return new ScalarSubquery(query);
            }
            cursor.reset(mark + 1);
        }
        Expression first = parser.expressions.parse();
        if (cursor.accept(TokenType.RIGHT_PAREN)) {
            return first;
        }
        List<Expression> elements = new ArrayList<>();
        elements.add(first);
        while (cursor.accept(TokenType.COMMA)) {
            elements.add(parser.expressions.parse());
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return new RowConstructor(elements);
    }

    /** {@code ( query )} after EXISTS. */
    private Query parseSubqueryInParentheses() {
        cursor.expect(TokenType.LEFT_PAREN);
        Query query = parser.queries.parseQuery();
        cursor.expect(TokenType.RIGHT_PAREN);
        return query;
    }

    /** The {@code [a, b]} part of {@code ARRAY[a, b]}; nested brackets are nested arrays. */
    private Expression parseArrayElements() {
        cursor.expect(TokenType.LEFT_BRACKET);
        List<Expression> elements = new ArrayList<>();
        if (!cursor.is(TokenType.RIGHT_BRACKET)) {
            do {
                elements.add(cursor.is(TokenType.LEFT_BRACKET) ? parseArrayElements() : parser.expressions.parse());
            } while (cursor.accept(TokenType.COMMA));
        }
        cursor.expect(TokenType.RIGHT_BRACKET);
        return new ArrayConstructor(elements);
    }

    private Expression parseCase() {
        cursor.expectWord("case");
        Expression operand = cursor.isWord("when") ? null : parser.expressions.parse();
        List<WhenClause> whenClauses = new ArrayList<>();
        do {
            cursor.expectWord("when");
            Expression condition = parser.expressions.parse();
            cursor.expectWord("then");
            whenClauses.add(new WhenClause(condition, parser.expressions.parse()));
        } while (cursor.isWord("when"));
        Expression elseResult = cursor.acceptWord("else") ? parser.expressions.parse() : null;
        cursor.expectWord("end");
        return new CaseExpression(operand, whenClauses, elseResult);
    }

    private Expression parseCast() {
        cursor.expectWord("cast");
        cursor.expect(TokenType.LEFT_PAREN);
        Expression operand = parser.expressions.parse();
        cursor.expectWord("as");
        TypeName type = parser.types.parse();
        cursor.expect(TokenType.RIGHT_PAREN);
        return new Cast(operand, type);
    }
}
