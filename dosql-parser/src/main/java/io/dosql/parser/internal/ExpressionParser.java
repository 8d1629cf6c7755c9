package io.dosql.parser.internal;

import io.dosql.parser.ast.Between;
import io.dosql.parser.ast.BinaryOperation;
import io.dosql.parser.ast.Cast;
import io.dosql.parser.ast.CollateExpression;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.InList;
import io.dosql.parser.ast.InSubquery;
import io.dosql.parser.ast.IsBoolean;
import io.dosql.parser.ast.IsDistinctFrom;
import io.dosql.parser.ast.IsNull;
import io.dosql.parser.ast.Like;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.QuantifiedComparison;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.UnaryOperation;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Operator-precedence parsing of value expressions with PostgreSQL's precedence table (gram.y):
 * OR &lt; AND &lt; NOT &lt; IS &lt; comparison &lt; BETWEEN/IN/LIKE &lt; ESCAPE &lt; other operators
 * &lt; + - &lt; * / % &lt; ^ &lt; AT TIME ZONE &lt; COLLATE &lt; unary minus &lt; :: . Binary operators
 * associate to the left; prefix NOT and minus take an operand of their own precedence, which is
 * how yacc resolves {@code NOT a = b} (NOT (a = b)) and {@code -2 ^ 2} ((-2) ^ 2).
 * Primary expressions (literals, names, calls, CASE, …) are in {@link PrimaryExpressionParser}.
 */
final class ExpressionParser {
    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int IS = 4;
    static final int COMPARISON = 5;
    static final int PATTERN = 6;
    static final int ESCAPE = 7;
    static final int OTHER_OPERATOR = 8;
    static final int ADDITIVE = 9;
    static final int MULTIPLICATIVE = 10;
    static final int POWER = 11;
    static final int AT_TIME_ZONE = 12;
    static final int COLLATE = 13;
    static final int UNARY = 14;
    static final int TYPECAST = 16;

    private final Parser parser;
    private final TokenCursor cursor;

    ExpressionParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    /** A full expression (PostgreSQL's a_expr). */
    Expression parse() {
        return parse(OR);
    }

    /** An expression whose operators all bind at least as tightly as {@code minimum}. */
    Expression parse(int minimum) {
        Expression left = parsePrefix();
        int previous = 0;
        boolean previousWasIn = false;
        while (true) {
            int precedence = infixPrecedence();
            if (precedence == 0 || precedence < minimum) {
                return left;
            }
            boolean isIn = precedence == PATTERN && isInOperator();
            if (isNonAssociative(previous, previousWasIn, precedence, isIn)) {
                throw cursor.syntaxError();
            }
            left = parseInfix(left, precedence);
            previous = precedence;
            previousWasIn = isIn;
        }
    }

    /**
     * PostgreSQL declares comparisons and BETWEEN/LIKE/ILIKE/SIMILAR non-associative, so
     * {@code a < b = c} and {@code a LIKE b LIKE c} are syntax errors there (IN is exempt).
     */
    private static boolean isNonAssociative(int previous, boolean previousWasIn, int precedence, boolean isIn) {
        if (previous != precedence) {
            return false;
        }
        return precedence == COMPARISON || (precedence == PATTERN && !isIn && !previousWasIn);
    }

    private boolean isInOperator() {
        return cursor.isWord("in") || (cursor.isWord("not") && cursor.isWordAhead(1, "in"));
    }

    /** A comma-separated list of full expressions. */
    List<Expression> parseList() {
        List<Expression> list = new ArrayList<>();
        do {
            list.add(parse());
        } while (cursor.accept(TokenType.COMMA));
        return list;
    }

    private Expression parsePrefix() {
        Token token = cursor.peek();
        if (token.type() == TokenType.OPERATOR) {
            switch (token.value()) {
                case "-":
                    cursor.next();
                    return new UnaryOperation(UnaryOperation.Operator.NEGATE, parse(UNARY));
                case "+":
                    cursor.next();
                    return new UnaryOperation(UnaryOperation.Operator.PLUS, parse(UNARY));
                case "~":
                    cursor.next();
                    return new UnaryOperation(UnaryOperation.Operator.BITWISE_NOT, parse(OTHER_OPERATOR + 1));
                default:
                    throw cursor.syntaxError();
            }
        }
        if (token.isWord("not")) {
            cursor.next();
            return new UnaryOperation(UnaryOperation.Operator.NOT, parse(NOT));
        }
        return parser.primaries.parsePrimary();
    }

    /** The precedence of the infix or postfix operator at the cursor, or 0 if there is none. */
    private int infixPrecedence() {
        Token token = cursor.peek();
        if (token.type() == TokenType.OPERATOR) {
            switch (token.value()) {
                case "=", "<", ">", "<=", ">=", "<>", "!=", "==":
                    return COMPARISON;
                case "+", "-":
                    return ADDITIVE;
                case "*", "/", "%":
                    return MULTIPLICATIVE;
                case "^":
                    return POWER;
                case "::":
                    return TYPECAST;
                case "||", "&", "|", "#", "<<", ">>", "~", "~*", "!~", "!~*", "~~", "~~*", "!~~", "!~~*",
                     "->", "->>", "#>", "#>>", "@>", "<@", "#-":
                    return OTHER_OPERATOR;
                default:
                    return 0;
            }
        }
        if (token.type() != TokenType.WORD) {
            return 0;
        }
        switch (token.value()) {
            case "or":
                return OR;
            case "and":
                return AND;
            case "is", "isnull", "notnull":
                return IS;
            case "between", "in", "like", "ilike":
                return PATTERN;
            case "similar":
                return cursor.isWordAhead(1, "to") ? PATTERN : 0;
            case "not":
                Token following = cursor.peek(1);
                if (following.isWord("null")) {
                    return IS; // SQLite's postfix NOT NULL
                }
                boolean similar = following.isWord("similar") && cursor.isWordAhead(2, "to");
                return similar || following.isWord("between") || following.isWord("in") || following.isWord("like")
                        || following.isWord("ilike") ? PATTERN : 0;
            case "at":
                return cursor.isWordAhead(1, "time") ? AT_TIME_ZONE : 0;
            case "collate":
                return COLLATE;
            case "operator":
                return cursor.isAhead(1, TokenType.LEFT_PAREN) ? OTHER_OPERATOR : 0;
            default:
                return 0;
        }
    }

    private Expression parseInfix(Expression left, int precedence) {
        Token token = cursor.next();
        switch (precedence) {
            case OR:
                return new BinaryOperation(BinaryOperation.Operator.OR, left, parse(OR + 1));
            case AND:
                return new BinaryOperation(BinaryOperation.Operator.AND, left, parse(AND + 1));
            case IS:
                return parseIs(left, token);
            case COMPARISON:
                return parseComparison(left, comparisonOperator(token.value()));
            case PATTERN:
                return parsePattern(left, token);
            case TYPECAST:
                return new Cast(left, parser.types.parse());
            case AT_TIME_ZONE:
                cursor.expectWord("time");
                cursor.expectWord("zone");
                Expression zone = parse(AT_TIME_ZONE + 1);
                return new FunctionCall(QualifiedName.of("timezone"), List.of(zone, left), false, false,
                        List.of(), null, null, false, token.position());
            case COLLATE:
                return new CollateExpression(left, parseCollationName());
            default:
                return parseArithmetic(left, token, precedence);
        }
    }

    String parseCollationName() {
        StringBuilder name = new StringBuilder(cursor.label());
        while (cursor.accept(TokenType.DOT)) {
            name.append('.').append(cursor.label());
        }
        return name.toString();
    }

    private Expression parseArithmetic(Expression left, Token token, int precedence) {
        if (token.isWord("operator")) {
            token = parseExplicitOperator();
        }
        Expression right = parse(precedence + 1);
        switch (token.value()) {
            case "=", "==", "<>", "!=", "<", "<=", ">", ">=":
                return new BinaryOperation(comparisonOperator(token.value()), left, right);
            case "~~":
                return new Like(left, right, null, false, false);
            case "~~*":
                return new Like(left, right, null, true, false);
            case "!~~":
                return new Like(left, right, null, false, true);
            case "!~~*":
                return new Like(left, right, null, true, true);
            default:
                BinaryOperation.Operator operator = binaryOperator(token.value());
                if (operator == null) {
                    throw cursor.syntaxErrorAt(token);
                }
                return new BinaryOperation(operator, left, right);
        }
    }

    /**
     * The operator token of {@code OPERATOR([schema.]op)} (psql's catalog queries use it); like
     * PostgreSQL, the explicit form always has the precedence of "other" operators.
     */
    private Token parseExplicitOperator() {
        cursor.expect(TokenType.LEFT_PAREN);
        while (TokenCursor.isLabel(cursor.peek()) && cursor.isAhead(1, TokenType.DOT)) {
            cursor.next();
            cursor.next();
        }
        Token operator = cursor.expect(TokenType.OPERATOR);
        cursor.expect(TokenType.RIGHT_PAREN);
        if (operator.isOperator("::")) {
            throw cursor.syntaxErrorAt(operator);
        }
        return operator;
    }

    private static BinaryOperation.Operator binaryOperator(String symbol) {
        switch (symbol) {
            case "+": return BinaryOperation.Operator.ADD;
            case "-": return BinaryOperation.Operator.SUBTRACT;
            case "*": return BinaryOperation.Operator.MULTIPLY;
            case "/": return BinaryOperation.Operator.DIVIDE;
            case "%": return BinaryOperation.Operator.MODULO;
            case "^": return BinaryOperation.Operator.POWER;
            case "||": return BinaryOperation.Operator.CONCAT;
            case "&": return BinaryOperation.Operator.BITWISE_AND;
            case "|": return BinaryOperation.Operator.BITWISE_OR;
            case "#": return BinaryOperation.Operator.BITWISE_XOR;
            case "<<": return BinaryOperation.Operator.SHIFT_LEFT;
            case ">>": return BinaryOperation.Operator.SHIFT_RIGHT;
            case "~": return BinaryOperation.Operator.REGEX_MATCH;
            case "~*": return BinaryOperation.Operator.REGEX_MATCH_INSENSITIVE;
            case "!~": return BinaryOperation.Operator.REGEX_NOT_MATCH;
            case "!~*": return BinaryOperation.Operator.REGEX_NOT_MATCH_INSENSITIVE;
            case "->": return BinaryOperation.Operator.JSON_FIELD;
            case "->>": return BinaryOperation.Operator.JSON_FIELD_TEXT;
            case "#>": return BinaryOperation.Operator.JSON_PATH;
            case "#>>": return BinaryOperation.Operator.JSON_PATH_TEXT;
            case "@>": return BinaryOperation.Operator.CONTAINS;
            case "<@": return BinaryOperation.Operator.CONTAINED_BY;
            case "#-": return BinaryOperation.Operator.DELETE_PATH;
            default: return null;
        }
    }

    private static BinaryOperation.Operator comparisonOperator(String symbol) {
        switch (symbol) {
            case "=", "==": return BinaryOperation.Operator.EQUAL;
            case "<>", "!=": return BinaryOperation.Operator.NOT_EQUAL;
            case "<": return BinaryOperation.Operator.LESS;
            case "<=": return BinaryOperation.Operator.LESS_OR_EQUAL;
            case ">": return BinaryOperation.Operator.GREATER;
            case ">=": return BinaryOperation.Operator.GREATER_OR_EQUAL;
            default: throw new IllegalStateException("not a comparison: " + symbol);
        }
    }

    /** {@code left op right} or {@code left op ANY|SOME|ALL (subquery | array)}. */
    private Expression parseComparison(Expression left, BinaryOperation.Operator operator) {
        Token token = cursor.peek();
        boolean quantified = token.isWord("any") || token.isWord("some") || token.isWord("all");
        if (!quantified) {
            return new BinaryOperation(operator, left, parse(COMPARISON + 1));
        }
        cursor.next();
        QuantifiedComparison.Quantifier quantifier = token.isWord("all")
                ? QuantifiedComparison.Quantifier.ALL : QuantifiedComparison.Quantifier.ANY;
        cursor.expect(TokenType.LEFT_PAREN);
        if (parser.queries.isQueryAhead()) {
            Query query = parser.queries.parseQuery();
            cursor.expect(TokenType.RIGHT_PAREN);
            return new QuantifiedComparison(operator, quantifier, left, query, null);
        }
        Expression array = parse();
        cursor.expect(TokenType.RIGHT_PAREN);
        return new QuantifiedComparison(operator, quantifier, left, null, array);
    }

    private Expression parseIs(Expression left, Token token) {
        if (token.isWord("isnull")) {
            return new IsNull(left, false);
        }
        if (token.isWord("notnull")) {
            return new IsNull(left, true);
        }
        if (token.isWord("not")) {
            cursor.expectWord("null");
            return new IsNull(left, true);
        }
        boolean negated = cursor.acceptWord("not");
        Token what = cursor.next();
        if (what.type() == TokenType.WORD) {
            switch (what.value()) {
                case "null":
                    return new IsNull(left, negated);
                case "true":
                    return new IsBoolean(left, Boolean.TRUE, negated);
                case "false":
                    return new IsBoolean(left, Boolean.FALSE, negated);
                case "unknown":
                    return new IsBoolean(left, null, negated);
                case "distinct":
                    cursor.expectWord("from");
                    return new IsDistinctFrom(left, parse(IS + 1), negated);
                default:
                    break;
            }
        }
        throw cursor.syntaxErrorAt(what);
    }

    /** [NOT] BETWEEN / IN / LIKE / ILIKE. */
    private Expression parsePattern(Expression left, Token token) {
        boolean negated = false;
        if (token.isWord("not")) {
            negated = true;
            token = cursor.next();
        }
        switch (token.value()) {
            case "between":
                return parseBetween(left, negated);
            case "in":
                return parseIn(left, negated);
            case "similar":
                return parseSimilar(left, token, negated);
            default:
                boolean caseInsensitive = token.isWord("ilike");
                Expression pattern = parse(ESCAPE + 1);
                Expression escape = cursor.acceptWord("escape") ? parse(ESCAPE + 1) : null;
                return new Like(left, pattern, escape, caseInsensitive, negated);
        }
    }

    /**
     * {@code x [NOT] SIMILAR TO p [ESCAPE e]} becomes {@code x ~ similar_to_escape(p[, e])} (or
     * {@code !~}), exactly as PostgreSQL's grammar rewrites it.
     */
    private Expression parseSimilar(Expression left, Token similar, boolean negated) {
        cursor.expectWord("to");
        List<Expression> arguments = new ArrayList<>(2);
        arguments.add(parse(ESCAPE + 1));
        if (cursor.acceptWord("escape")) {
            arguments.add(parse(ESCAPE + 1));
        }
        FunctionCall pattern = new FunctionCall(QualifiedName.of("similar_to_escape"), arguments, false, false,
                List.of(), null, null, false, similar.position());
        return new BinaryOperation(negated ? BinaryOperation.Operator.REGEX_NOT_MATCH : BinaryOperation.Operator.REGEX_MATCH,
                left, pattern);
    }

    private Expression parseBetween(Expression left, boolean negated) {
        boolean symmetric = cursor.acceptWord("symmetric");
        if (!symmetric) {
            cursor.acceptWord("asymmetric");
        }
        Expression low = parse(PATTERN + 1);
        cursor.expectWord("and");
        Expression high = parse(PATTERN + 1);
        return new Between(left, low, high, negated, symmetric);
    }

    private Expression parseIn(Expression left, boolean negated) {
        cursor.expect(TokenType.LEFT_PAREN);
        if (cursor.accept(TokenType.RIGHT_PAREN)) {
            return new InList(left, List.of(), negated);
        }
        if (parser.queries.isQueryAhead()) {
            int mark = cursor.mark();
            Query query = parser.queries.tryParseParenthesizedQueryContent();
            if (query != null) {
                return new InSubquery(left, query, negated);
            }
            cursor.reset(mark);
        }
        List<Expression> values = parseList();
        cursor.expect(TokenType.RIGHT_PAREN);
        return new InList(left, values, negated);
    }
}
