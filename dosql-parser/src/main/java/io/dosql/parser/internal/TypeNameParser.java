package io.dosql.parser.internal;

import io.dosql.parser.ast.TypeName;
import io.dosql.parser.lexer.Keywords;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Type names as written: the lower-cased base name (multi-word names such as {@code double precision}
 * or {@code timestamp with time zone} joined by one space), integer modifiers and {@code []}. Synonyms
 * are left to the binder; any identifier is accepted, as SQLite does.
 */
final class TypeNameParser {
    private final TokenCursor cursor;

    TypeNameParser(Parser parser) {
        this.cursor = parser.cursor;
    }

    TypeName parse() {
        Token first = cursor.peek();
        if (first.type() != TokenType.WORD && first.type() != TokenType.QUOTED_IDENTIFIER) {
            throw cursor.syntaxError();
        }
        if (first.type() == TokenType.WORD && first.keyword() == Keywords.Category.RESERVED) {
            throw cursor.syntaxError();
        }
        cursor.next();
        StringBuilder name = new StringBuilder(first.value());
        List<Integer> modifiers = List.of();
        switch (first.type() == TokenType.WORD ? first.value() : "") {
            case "double":
                if (cursor.acceptWord("precision")) {
                    name.append(" precision");
                }
                break;
            case "character", "char", "bit", "nchar":
                if (cursor.acceptWord("varying")) {
                    name.append(" varying");
                }
                break;
            case "national":
                if (cursor.acceptWord("character") || cursor.acceptWord("char")) {
                    name.append(' ').append(cursor.previous().value());
                    if (cursor.acceptWord("varying")) {
                        name.append(" varying");
                    }
                }
                break;
            case "time", "timestamp":
                modifiers = parseModifiers();
                appendTimeZone(name);
                return new TypeName(name.toString(), modifiers, parseArrayBrackets());
            case "interval":
                skipIntervalFields();
                break;
            default:
                while (cursor.accept(TokenType.DOT)) {
                    name.append('.').append(cursor.label());
                }
                break;
        }
        if (cursor.is(TokenType.LEFT_PAREN)) {
            modifiers = parseModifiers();
        }
        // SQLite accepts several words as one type name ("UNSIGNED BIG INT", "VARYING CHARACTER").
        return new TypeName(name.toString(), modifiers, parseArrayBrackets());
    }

    private void appendTimeZone(StringBuilder name) {
        if (cursor.acceptWords("with", "time", "zone")) {
            name.append(" with time zone");
        } else if (cursor.acceptWords("without", "time", "zone")) {
            name.append(" without time zone");
        }
    }

    private void skipIntervalFields() {
        while (cursor.isWord("year") || cursor.isWord("month") || cursor.isWord("day") || cursor.isWord("hour")
                || cursor.isWord("minute") || cursor.isWord("second") || cursor.isWord("to")) {
            cursor.next();
        }
    }

    /** {@code (n[, m…])}; SQLite allows signed numbers, which are kept. */
    private List<Integer> parseModifiers() {
        if (!cursor.accept(TokenType.LEFT_PAREN)) {
            return List.of();
        }
        List<Integer> modifiers = new ArrayList<>(2);
        do {
            boolean negative = cursor.acceptOperator("-");
            if (!negative) {
                cursor.acceptOperator("+");
            }
            Token number = cursor.expect(TokenType.INTEGER);
            int value;
            try {
                value = Integer.parseInt(number.value());
            } catch (NumberFormatException tooLarge) {
                throw cursor.syntaxErrorAt(number);
            }
            modifiers.add(negative ? -value : value);
        } while (cursor.accept(TokenType.COMMA));
        cursor.expect(TokenType.RIGHT_PAREN);
        return modifiers;
    }

    private boolean parseArrayBrackets() {
        boolean array = false;
        while (cursor.is(TokenType.LEFT_BRACKET)) {
            cursor.next();
            cursor.accept(TokenType.INTEGER);
            cursor.expect(TokenType.RIGHT_BRACKET);
            array = true;
        }
        if (cursor.acceptWord("array")) {
            array = true;
        }
        return array;
    }
}
