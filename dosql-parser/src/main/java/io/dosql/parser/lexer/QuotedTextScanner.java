package io.dosql.parser.lexer;

import io.dosql.core.ErrorCode;

/**
 * Scans the quoted parts of SQL for the {@link Lexer}: "identifiers", [identifiers], `identifiers`,
 * '…' and E'…' strings (with continuation across newlines), $tag$ strings, U&amp;'…' Unicode escapes
 * and X'…' / B'…' literals. Every method takes the offset where the construct starts and returns its
 * token; the token's end is where the lexer continues.
 */
final class QuotedTextScanner {
    private final String sql;
    private final char[] chars;
    private final int length;

    QuotedTextScanner(String sql, char[] chars) {
        this.sql = sql;
        this.chars = chars;
        this.length = chars.length;
    }

    /** A "…" identifier whose opening quote is at {@code quote} (after U&amp; for Unicode identifiers). */
    Token scanQuotedIdentifierAt(int start, int quote) {
        Token token = scanDelimitedIdentifier(quote, '"');
        return new Token(token.type(), Lexer.truncateIdentifier(token.value()), start, token.end(), null);
    }

    Token scanDelimitedIdentifier(int start, char close) {
        StringBuilder value = new StringBuilder();
        int position = start + 1;
        while (true) {
            if (position >= length) {
                throw Lexer.error("unterminated quoted identifier at or near \"" + sql.substring(start) + "\"", start);
            }
            char c = chars[position];
            if (c == close) {
                if (close != ']' && position + 1 < length && chars[position + 1] == close) {
                    value.append(close);
                    position += 2;
                    continue;
                }
                break;
            }
            value.append(c);
            position++;
        }
        int end = position + 1;
        if (value.length() == 0) {
            throw Lexer.error("zero-length delimited identifier at or near \"" + sql.substring(start, end) + "\"", start);
        }
        return new Token(TokenType.QUOTED_IDENTIFIER, value.toString(), start, end, null);
    }

    /**
     * Scans a '…' string whose opening quote is just before {@code contentStart}; {@code escapes}
     * enables E'…' backslash escapes. Adjacent literals separated by a newline are concatenated.
     */
    Token scanString(int start, int contentStart, boolean escapes) {
        StringBuilder value = new StringBuilder();
        int position = contentStart;
        while (true) {
            if (position >= length) {
                throw Lexer.error("unterminated quoted string at or near \"" + sql.substring(start) + "\"", start);
            }
            char c = chars[position];
            if (c == '\'') {
                if (position + 1 < length && chars[position + 1] == '\'') {
                    value.append('\'');
                    position += 2;
                    continue;
                }
                int continuation = continuationQuote(position + 1);
                if (continuation < 0) {
                    break;
                }
                position = continuation + 1;
                continue;
            }
            if (c == '\\' && escapes && position + 1 < length) {
                position = appendEscape(value, position + 1);
                continue;
            }
            value.append(c);
            position++;
        }
        return new Token(TokenType.STRING, value.toString(), start, position + 1, null);
    }

    /** SQL's string continuation: whitespace including a newline, then another quote; returns its offset or -1. */
    private int continuationQuote(int from) {
        boolean newline = false;
        int position = from;
        while (position < length) {
            char c = chars[position];
            if (c == '\n' || c == '\r') {
                newline = true;
            } else if (c != ' ' && c != '\t' && c != '\f') {
                break;
            }
            position++;
        }
        return newline && position < length && chars[position] == '\'' ? position : -1;
    }

    /** Appends the character of the escape after a backslash at {@code position}; returns the next offset. */
    private int appendEscape(StringBuilder value, int position) {
        char c = chars[position];
        switch (c) {
            case 'b':
                value.append('\b');
                return position + 1;
            case 'f':
                value.append('\f');
                return position + 1;
            case 'n':
                value.append('\n');
                return position + 1;
            case 'r':
                value.append('\r');
                return position + 1;
            case 't':
                value.append('\t');
                return position + 1;
            case 'x':
                return appendNumericEscape(value, position + 1, 16, 2, position);
            case 'u':
                return appendNumericEscape(value, position + 1, 16, 4, position);
            case 'U':
                return appendNumericEscape(value, position + 1, 16, 8, position);
            default:
                if (c >= '0' && c <= '7') {
                    return appendNumericEscape(value, position, 8, 3, position);
                }
                value.append(c);
                return position + 1;
        }
    }

    private int appendNumericEscape(StringBuilder value, int from, int radix, int maximumDigits, int escapeAt) {
        int code = 0;
        int position = from;
        while (position < length && position - from < maximumDigits && Character.digit(chars[position], radix) >= 0) {
            code = code * radix + Character.digit(chars[position], radix);
            position++;
        }
        if (position == from) {
            value.append(chars[escapeAt]);
            return escapeAt + 1;
        }
        if (radix == 16 && maximumDigits > 2 && (code == 0 || code > Character.MAX_CODE_POINT)) {
            throw Lexer.error("invalid Unicode escape value at or near \"" + sql.substring(escapeAt - 1, position) + "\"", escapeAt - 1);
        }
        int character = radix == 8 ? code & 0xFF : code;
        if (character == 0) {
            throw ErrorCode.CHARACTER_NOT_IN_REPERTOIRE.exception("invalid byte sequence for encoding \"UTF8\": 0x00")
                    .withPosition(escapeAt);
        }
        value.appendCodePoint(character);
        return position;
    }

    /** A {@code $tag$…$tag$} string starting at {@code start}. */
    Token scanDollarString(int start) {
        int position = start + 1;
        while (position < length && Lexer.isIdentifierPart(chars[position]) && chars[position] != '$') {
            position++;
        }
        if (position >= length || chars[position] != '$') {
            throw Lexer.error("syntax error at or near \"$\"", start);
        }
        String delimiter = sql.substring(start, position + 1);
        int contentStart = position + 1;
        int close = sql.indexOf(delimiter, contentStart);
        if (close < 0) {
            throw Lexer.error("unterminated dollar-quoted string at or near \"" + sql.substring(start) + "\"", start);
        }
        return new Token(TokenType.STRING, sql.substring(contentStart, close), start, close + delimiter.length(), null);
    }

    /** U&'…' string or U&"…" identifier: {@code \XXXX} and {@code \+XXXXXX} code points, {@code \\} a backslash. */
    Token scanUnicodeEscaped(int start) {
        Token quoted = chars[start + 2] == '\''
                ? scanString(start, start + 3, false) : scanDelimitedIdentifier(start + 2, '"');
        String raw = quoted.value();
        StringBuilder value = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (i + 1 < raw.length() && raw.charAt(i + 1) == '\\') {
                value.append('\\');
                i++;
                continue;
            }
            boolean wide = i + 1 < raw.length() && raw.charAt(i + 1) == '+';
            int digitsStart = wide ? i + 2 : i + 1;
            int digits = wide ? 6 : 4;
            if (digitsStart + digits > raw.length() || !isHex(raw, digitsStart, digitsStart + digits)) {
                throw Lexer.error("invalid Unicode escape", start);
            }
            int codePoint = Integer.parseInt(raw.substring(digitsStart, digitsStart + digits), 16);
            if (codePoint == 0 || codePoint > Character.MAX_CODE_POINT) {
                throw Lexer.error("invalid Unicode escape value", start);
            }
            value.appendCodePoint(codePoint);
            i = digitsStart + digits - 1;
        }
        String text = quoted.type() == TokenType.QUOTED_IDENTIFIER ? Lexer.truncateIdentifier(value.toString()) : value.toString();
        return new Token(quoted.type(), text, start, quoted.end(), null);
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** X'…' (hex) or B'…' (binary) literal; digits are validated as PostgreSQL does. */
    Token scanBinaryString(int start, TokenType type) {
        Token string = scanString(start, start + 2, false);
        String digits = string.value();
        StringBuilder value = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char d = digits.charAt(i);
            if (type == TokenType.BLOB) {
                if (Character.digit(d, 16) < 0) {
                    throw Lexer.error("\"" + d + "\" is not a valid hexadecimal digit", start);
                }
                value.append(Character.toLowerCase(d));
            } else {
                if (d != '0' && d != '1') {
                    throw Lexer.error("\"" + d + "\" is not a valid binary digit", start);
                }
                value.append(d);
            }
        }
        return new Token(type, value.toString(), start, string.end(), null);
    }
}
