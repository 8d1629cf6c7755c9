package io.dosql.parser.internal;

import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.FrameBound;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.OrderItem;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.StringLiteral;
import io.dosql.parser.ast.WindowFrame;
import io.dosql.parser.ast.WindowSpecification;
import io.dosql.parser.lexer.Keywords;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Function calls ({@code f(DISTINCT x ORDER BY y) FILTER (WHERE …) OVER (…)}) and the SQL-standard
 * special forms that PostgreSQL's grammar turns into plain calls: EXTRACT, SUBSTRING, POSITION, TRIM,
 * OVERLAY and the niladic CURRENT_DATE family. The parser knows no other function names.
 */
final class FunctionCallParser {
    private final Parser parser;
    private final TokenCursor cursor;

    FunctionCallParser(Parser parser) {
        this.parser = parser;
        this.cursor = parser.cursor;
    }

    /** A special form starting at {@code token}, or null when the word does not start one. */
    Expression parseSpecialForm(Token token) {
        switch (token.value()) {
            case "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
                    "current_user", "session_user", "user", "current_role", "current_catalog":
                return parseNiladic(token);
            case "current_schema":
                if (!cursor.isAhead(1, TokenType.LEFT_PAREN)) {
                    return parseNiladic(token);
                }
                return null;
            case "extract", "substring", "position", "trim", "overlay":
                if (!cursor.isAhead(1, TokenType.LEFT_PAREN)) {
                    return null;
                }
                break;
            default:
                return null;
        }
        cursor.next();
        cursor.next();
        switch (token.value()) {
            case "extract":
                return parseExtract(token);
            case "substring":
                return parseSubstring(token);
            case "position":
                return parsePosition(token);
            case "trim":
                return parseTrim(token);
            default:
                return parseOverlay(token);
        }
    }

    private Expression parseNiladic(Token token) {
        cursor.next();
        List<Expression> arguments = List.of();
        boolean takesPrecision = token.isWord("current_time") || token.isWord("current_timestamp")
                || token.isWord("localtime") || token.isWord("localtimestamp");
        if (takesPrecision && cursor.is(TokenType.LEFT_PAREN)) {
            cursor.next();
            arguments = List.of(PrimaryExpressionParser.integerLiteral(cursor.expect(TokenType.INTEGER).value()));
            cursor.expect(TokenType.RIGHT_PAREN);
        }
        return call(token, arguments, true);
    }

    private FunctionCall call(Token nameToken, List<Expression> arguments, boolean niladic) {
        return new FunctionCall(QualifiedName.of(nameToken.value()), arguments, false, false, List.of(), null, null,
                niladic, nameToken.position());
    }

    private FunctionCall call(Token nameToken, String name, List<Expression> arguments) {
        return new FunctionCall(QualifiedName.of(name), arguments, false, false, List.of(), null, null,
                false, nameToken.position());
    }

    /** {@code EXTRACT(field FROM x)} → {@code extract('field', x)}. */
    private Expression parseExtract(Token token) {
        Token field = cursor.next();
        boolean name = field.type() == TokenType.WORD && field.keyword() != Keywords.Category.RESERVED;
        if (!name && field.type() != TokenType.STRING && field.type() != TokenType.QUOTED_IDENTIFIER) {
            throw cursor.syntaxErrorAt(field);
        }
        cursor.expectWord("from");
        Expression source = parser.expressions.parse();
        cursor.expect(TokenType.RIGHT_PAREN);
        return call(token, List.of(new StringLiteral(field.value().toLowerCase(Locale.ROOT)), source), false);
    }

    /** {@code SUBSTRING(x FROM a FOR b)}, {@code SUBSTRING(x FOR b)}, or the plain call form. */
    private Expression parseSubstring(Token token) {
        Expression string = parser.expressions.parse();
        List<Expression> arguments = new ArrayList<>();
        arguments.add(string);
        if (cursor.acceptWord("from")) {
            arguments.add(parser.expressions.parse());
            if (cursor.acceptWord("for")) {
                arguments.add(parser.expressions.parse());
            }
        } else if (cursor.acceptWord("for")) {
            arguments.add(new IntegerLiteral(1));
            arguments.add(parser.expressions.parse());
        } else {
            while (cursor.accept(TokenType.COMMA)) {
                arguments.add(parser.expressions.parse());
            }
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return call(token, arguments, false);
    }

    /** {@code POSITION(a IN b)} → {@code position(a, b)}. */
    private Expression parsePosition(Token token) {
        Expression needle = parser.expressions.parse(ExpressionParser.PATTERN + 1);
        List<Expression> arguments = new ArrayList<>();
        arguments.add(needle);
        if (cursor.acceptWord("in") || cursor.accept(TokenType.COMMA)) {
            arguments.add(parser.expressions.parse());
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return call(token, arguments, false);
    }

    /** {@code TRIM([LEADING|TRAILING|BOTH] [chars] FROM x)} → {@code ltrim|rtrim|btrim(x[, chars])}. */
    private Expression parseTrim(Token token) {
        String name = "btrim";
        if (cursor.acceptWord("leading")) {
            name = "ltrim";
        } else if (cursor.acceptWord("trailing")) {
            name = "rtrim";
        } else {
            cursor.acceptWord("both");
        }
        List<Expression> arguments = new ArrayList<>();
        if (cursor.acceptWord("from")) {
            arguments.addAll(parser.expressions.parseList());
        } else {
            Expression first = parser.expressions.parse();
            if (cursor.acceptWord("from")) {
                arguments.addAll(parser.expressions.parseList());
                arguments.add(first);
            } else {
                arguments.add(first);
                while (cursor.accept(TokenType.COMMA)) {
                    arguments.add(parser.expressions.parse());
                }
            }
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return call(token, name, arguments);
    }

    /** {@code OVERLAY(a PLACING b FROM c [FOR d])} → {@code overlay(a, b, c[, d])}. */
    private Expression parseOverlay(Token token) {
        List<Expression> arguments = new ArrayList<>();
        arguments.add(parser.expressions.parse());
        if (cursor.acceptWord("placing")) {
            arguments.add(parser.expressions.parse());
            cursor.expectWord("from");
            arguments.add(parser.expressions.parse());
            if (cursor.acceptWord("for")) {
                arguments.add(parser.expressions.parse());
            }
        } else {
            while (cursor.accept(TokenType.COMMA)) {
                arguments.add(parser.expressions.parse());
            }
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return call(token, arguments, false);
    }

    /** A call of {@code nameParts} at the opening parenthesis, with its aggregate and window clauses. */
    FunctionCall parseCall(List<String> nameParts, Token nameToken) {
        cursor.expect(TokenType.LEFT_PAREN);
        boolean distinct = false;
        boolean star = false;
        List<Expression> arguments = List.of();
        List<OrderItem> orderBy = List.of();
        if (cursor.isOperator("*")) {
            cursor.next();
            star = true;
        } else if (!cursor.is(TokenType.RIGHT_PAREN)) {
            if (cursor.acceptWord("distinct")) {
                distinct = true;
            } else {
                cursor.acceptWord("all");
            }
            arguments = parser.expressions.parseList();
            if (cursor.acceptWords("order", "by")) {
                orderBy = parser.queries.parseOrderItems();
            }
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        if (cursor.isWord("within") && cursor.isWordAhead(1, "group")) {
            cursor.next();
            cursor.next();
            cursor.expect(TokenType.LEFT_PAREN);
            cursor.expectWords("order", "by");
            orderBy = parser.queries.parseOrderItems();
            cursor.expect(TokenType.RIGHT_PAREN);
        }
        Expression filter = null;
        if (cursor.isWord("filter") && cursor.isAhead(1, TokenType.LEFT_PAREN)) {
            cursor.next();
            cursor.next();
            cursor.expectWord("where");
            filter = parser.expressions.parse();
            cursor.expect(TokenType.RIGHT_PAREN);
        }
        WindowSpecification window = null;
        if (cursor.acceptWord("over")) {
            if (cursor.is(TokenType.LEFT_PAREN)) {
                window = parseWindowSpecification();
            } else {
                window = new WindowSpecification(cursor.columnId(), List.of(), List.of(), null);
            }
        }
        return new FunctionCall(new QualifiedName(nameParts), arguments, distinct, star, orderBy, filter, window,
                false, nameToken.position());
    }

    /** {@code ( [existing] [PARTITION BY …] [ORDER BY …] [frame] )}. */
    WindowSpecification parseWindowSpecification() {
        cursor.expect(TokenType.LEFT_PAREN);
        String existing = null;
        Token token = cursor.peek();
        if (TokenCursor.isColumnId(token) && !token.isWord("partition") && !token.isWord("order")
                && !token.isWord("rows") && !token.isWord("range") && !token.isWord("groups")) {
            existing = cursor.next().value();
        }
        List<Expression> partitionBy = List.of();
        if (cursor.acceptWords("partition", "by")) {
            partitionBy = parser.expressions.parseList();
        }
        List<OrderItem> orderBy = List.of();
        if (cursor.acceptWords("order", "by")) {
            orderBy = parser.queries.parseOrderItems();
        }
        WindowFrame frame = null;
        if (cursor.isWord("rows") || cursor.isWord("range") || cursor.isWord("groups")) {
            frame = parseFrame();
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return new WindowSpecification(existing, partitionBy, orderBy, frame);
    }

    private WindowFrame parseFrame() {
        WindowFrame.Mode mode = WindowFrame.Mode.valueOf(cursor.next().value().toUpperCase(Locale.ROOT));
        FrameBound start;
        FrameBound end;
        if (cursor.acceptWord("between")) {
            start = parseFrameBound();
            cursor.expectWord("and");
            end = parseFrameBound();
        } else {
            start = parseFrameBound();
            end = new FrameBound(FrameBound.Kind.CURRENT_ROW, null);
        }
        WindowFrame.Exclusion exclusion = WindowFrame.Exclusion.NO_OTHERS;
        if (cursor.acceptWord("exclude")) {
            if (cursor.acceptWords("current", "row")) {
                exclusion = WindowFrame.Exclusion.CURRENT_ROW;
            } else if (cursor.acceptWord("group")) {
                exclusion = WindowFrame.Exclusion.GROUP;
            } else if (cursor.acceptWord("ties")) {
                exclusion = WindowFrame.Exclusion.TIES;
            } else {
                cursor.expectWords("no", "others");
            }
        }
        return new WindowFrame(mode, start, end, exclusion);
    }

    private FrameBound parseFrameBound() {
        if (cursor.acceptWord("unbounded")) {
            if (cursor.acceptWord("preceding")) {
                return new FrameBound(FrameBound.Kind.UNBOUNDED_PRECEDING, null);
            }
            cursor.expectWord("following");
            return new FrameBound(FrameBound.Kind.UNBOUNDED_FOLLOWING, null);
        }
        if (cursor.acceptWords("current", "row")) {
            return new FrameBound(FrameBound.Kind.CURRENT_ROW, null);
        }
        Expression offset = parser.expressions.parse();
        if (cursor.acceptWord("preceding")) {
            return new FrameBound(FrameBound.Kind.PRECEDING, offset);
        }
        cursor.expectWord("following");
        return new FrameBound(FrameBound.Kind.FOLLOWING, offset);
    }
}
