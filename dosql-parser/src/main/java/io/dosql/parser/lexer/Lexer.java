package io.dosql.parser.lexer;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written SQL lexer over a char array, following PostgreSQL's scanner (scan.l) and accepting
 * SQLite's extra identifier quotes ({@code [x]}, {@code `x`}) and {@code ?} parameters.
 *
 * <p>Errors carry PostgreSQL's messages and the 1-based position of the offending token.
 */
public final class Lexer {
    /** Multi-character operators, longest first so that greedy matching finds the longest. */
    private static final String[] LONG_OPERATORS = {
        "!~~*", "!~~", "~~*", "!~*", "->>", "#>>",
        "#-",
        "<<", ">>", "<=", ">=", "<>", "!=", "==", "||", "::", "~~", "~*", "!~", "->", "#>", "@>", "<@", "&&"
    };

    /** PostgreSQL's NAMEDATALEN - 1: longer identifiers are truncated (PostgreSQL also emits a NOTICE). */
    static final int MAXIMUM_IDENTIFIER_BYTES = 63;

    private final String sql;
    private final char[] chars;
    private final int length;
    private int offset;
    private int parameterCount;
    private TokenType previousType;
    private int bracketDepth;
    private final QuotedTextScanner quoted;

    public Lexer(String sql) {
        this.sql = sql;
        this.chars = sql.toCharArray();
        this.length = chars.length;
        this.quoted = new QuotedTextScanner(sql, chars);
    }

    /** All tokens of {@code sql}, ending with an {@link TokenType#END} token. */
    public static List<Token> tokenize(String sql) {
        Lexer lexer = new Lexer(sql);
        List<Token> tokens = new ArrayList<>(Math.max(16, sql.length() / 4));
        Token token;
        do {
            token = lexer.nextToken();
            tokens.add(token);
        } while (token.type() != TokenType.END);
        return tokens;
    }

    /** The next token; {@link TokenType#END} (repeatedly) at the end of input. */
    public Token nextToken() {
        skipWhitespaceAndComments();
        Token token = scanToken();
        previousType = token.type();
        return token;
    }

    private Token scanToken() {
        if (offset >= length) {
            return new Token(TokenType.END, "", length, length, null);
        }
        int start = offset;
        char c = chars[offset];
        switch (c) {
            case '(':
                offset++;
                return simple(TokenType.LEFT_PAREN, "(", start);
            case ')':
                offset++;
                return simple(TokenType.RIGHT_PAREN, ")", start);
            case ',':
                offset++;
                return simple(TokenType.COMMA, ",", start);
            case ';':
                offset++;
                return simple(TokenType.SEMICOLON, ";", start);
            case ']':
                offset++;
                if (bracketDepth > 0) {
                    bracketDepth--;
                }
                return simple(TokenType.RIGHT_BRACKET, "]", start);
            case '[':
                return scanLeftBracket(start);
            case '\'':
                return advance(quoted.scanString(start, offset + 1, false));
            case '"':
                return scanQuotedIdentifier(start, '"');
            case '`':
                return scanQuotedIdentifier(start, '`');
            case '?':
                offset++;
                parameterCount++;
                return new Token(TokenType.PARAMETER, Integer.toString(parameterCount), start, offset, null);
            case '$':
                return scanDollar(start);
            case '.':
                if (offset + 1 < length && isDigit(chars[offset + 1])) {
                    return scanNumber(start);
                }
                offset++;
                return simple(TokenType.DOT, ".", start);
            default:
                break;
        }
        if (isDigit(c)) {
            return scanNumber(start);
        }
        if (isIdentifierStart(c)) {
            return scanWordOrPrefixedString(start);
        }
        if (isOperatorCharacter(c)) {
            return scanOperator(start);
        }
        throw error("syntax error at or near \"" + c + "\"", start);
    }

    private Token simple(TokenType type, String value, int start) {
        return new Token(type, value, start, offset, null);
    }

    private void skipWhitespaceAndComments() {
        while (offset < length) {
            char c = chars[offset];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                offset++;
            } else if (c == '-' && offset + 1 < length && chars[offset + 1] == '-') {
                while (offset < length && chars[offset] != '\n' && chars[offset] != '\r') {
                    offset++;
                }
            } else if (c == '/' && offset + 1 < length && chars[offset + 1] == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    /** Skips a nested block comment, as PostgreSQL does. */
    private void skipBlockComment() {
        int start = offset;
        int depth = 0;
        while (offset < length) {
            if (chars[offset] == '/' && offset + 1 < length && chars[offset + 1] == '*') {
                depth++;
                offset += 2;
            } else if (chars[offset] == '*' && offset + 1 < length && chars[offset + 1] == '/') {
                depth--;
                offset += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                offset++;
            }
        }
        throw error("unterminated /* comment at or near \"" + sql.substring(start) + "\"", start);
    }

    /** {@code [} opens an array subscript/constructor after a name, {@code )} or inside another bracket; otherwise a SQLite {@code [identifier]}. */
    private Token scanLeftBracket(int start) {
        boolean subscript = bracketDepth > 0 || previousType == TokenType.WORD
                || previousType == TokenType.QUOTED_IDENTIFIER || previousType == TokenType.RIGHT_PAREN
                || previousType == TokenType.RIGHT_BRACKET;
        if (subscript) {
            offset++;
            bracketDepth++;
            return simple(TokenType.LEFT_BRACKET, "[", start);
        }
        return scanQuotedIdentifier(start, ']');
    }

    private Token scanQuotedIdentifier(int start, char close) {
        Token token = close == '"' ? quoted.scanQuotedIdentifierAt(start, start) : quoted.scanDelimitedIdentifier(start, close);
        return advance(token);
    }

    private Token advance(Token token) {
        offset = token.end();
        return token;
    }

    /** {@code $n} parameter or a {@code $tag$…$tag$} string. */
    private Token scanDollar(int start) {
        int position = start + 1;
        if (position < length && isDigit(chars[position])) {
            while (position < length && isDigit(chars[position])) {
                position++;
            }
            offset = position;
            return new Token(TokenType.PARAMETER, sql.substring(start + 1, position), start, offset, null);
        }
        return advance(quoted.scanDollarString(start));
    }

    private Token scanNumber(int start) {
        int position = start;
        boolean decimal = false;
        while (position < length && isDigit(chars[position])) {
            position++;
        }
        if (position < length && chars[position] == '.'
                && !(position + 1 < length && chars[position + 1] == '.')) {
            decimal = true;
            position++;
            while (position < length && isDigit(chars[position])) {
                position++;
            }
        }
        if (position < length && (chars[position] == 'e' || chars[position] == 'E')) {
            int exponent = position + 1;
            if (exponent < length && (chars[exponent] == '+' || chars[exponent] == '-')) {
                exponent++;
            }
            if (exponent < length && isDigit(chars[exponent])) {
                decimal = true;
                position = exponent;
                while (position < length && isDigit(chars[position])) {
                    position++;
                }
            }
        }
        if (position < length && isIdentifierPart(chars[position])) {
            // PostgreSQL 15 rejects 123abc, 0x1F, 1_000, 1e instead of reading a number and an alias.
            int end = position;
            while (end < length && isIdentifierPart(chars[end])) {
                end++;
            }
            throw error("trailing junk after numeric literal at or near \"" + sql.substring(start, end) + "\"", start);
        }
        offset = position;
        return new Token(decimal ? TokenType.DECIMAL : TokenType.INTEGER, sql.substring(start, position), start, position, null);
    }

    private Token scanWordOrPrefixedString(int start) {
        char c = chars[start];
        if (start + 1 < length && chars[start + 1] == '\'') {
            switch (c) {
                case 'e', 'E':
                    return advance(quoted.scanString(start, start + 2, true));
                case 'n', 'N':
                    return advance(quoted.scanString(start, start + 2, false));
                case 'x', 'X':
                    return advance(quoted.scanBinaryString(start, TokenType.BLOB));
                case 'b', 'B':
                    return advance(quoted.scanBinaryString(start, TokenType.BIT_STRING));
                default:
                    break;
            }
        }
        if ((c == 'u' || c == 'U') && start + 2 < length && chars[start + 1] == '&'
                && (chars[start + 2] == '\'' || chars[start + 2] == '"')) {
            return advance(quoted.scanUnicodeEscaped(start));
        }
        int position = start + 1;
        boolean upper = c >= 'A' && c <= 'Z';
        while (position < length && isIdentifierPart(chars[position])) {
            char d = chars[position];
            upper |= d >= 'A' && d <= 'Z';
            position++;
        }
        offset = position;
        String word = upper ? lowerCaseAscii(start, position) : sql.substring(start, position);
        if (word.length() > MAXIMUM_IDENTIFIER_BYTES / 4) {
            word = truncateIdentifier(word);
        }
        return new Token(TokenType.WORD, word, start, position, Keywords.category(word));
    }

    /** Cuts an identifier to at most 63 UTF-8 bytes without splitting a character, as PostgreSQL does. */
    static String truncateIdentifier(String identifier) {
        int bytes = 0;
        for (int i = 0; i < identifier.length(); ) {
            int codePoint = identifier.codePointAt(i);
            int width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + width > MAXIMUM_IDENTIFIER_BYTES) {
                return identifier.substring(0, i);
            }
            bytes += width;
            i += Character.charCount(codePoint);
        }
        return identifier;
    }

    private String lowerCaseAscii(int start, int end) {
        char[] folded = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = chars[i];
            folded[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(folded);
    }

    private Token scanOperator(int start) {
        for (String operator : LONG_OPERATORS) {
            if (sql.startsWith(operator, start)) {
                offset = start + operator.length();
                return new Token(TokenType.OPERATOR, operator, start, offset, null);
            }
        }
        offset = start + 1;
        return new Token(TokenType.OPERATOR, String.valueOf(chars[start]), start, offset, null);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isOperatorCharacter(char c) {
        switch (c) {
            case '+', '-', '*', '/', '<', '>', '=', '~', '!', '@', '#', '%', '^', '&', '|', ':':
                return true;
            default:
                return false;
        }
    }

    static DoSqlException error(String message, int start) {
        return ErrorCode.SYNTAX_ERROR.exception(message).withPosition(start + 1);
    }
}
