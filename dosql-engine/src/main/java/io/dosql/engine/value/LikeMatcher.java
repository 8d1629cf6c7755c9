package io.dosql.engine.value;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A compiled LIKE / ILIKE pattern: {@code %} matches any run of characters, {@code _} exactly one,
 * and the escape character (backslash unless ESCAPE says otherwise; ESCAPE '' disables it) makes
 * the next character literal. Compile once per constant pattern, then call {@link #matches}.
 */
public final class LikeMatcher {
    private final String pattern;
    private final Pattern regex;
    private final String literal;
    private final Pattern trailingEscapeProbe;

    private LikeMatcher(String pattern, Pattern regex, String literal, Pattern trailingEscapeProbe) {
        this.pattern = pattern;
        this.regex = regex;
        this.literal = literal;
        this.trailingEscapeProbe = trailingEscapeProbe;
    }

    /** LIKE with the default backslash escape. */
    public static LikeMatcher compile(String pattern) {
        return compile(pattern, null, false);
    }

    /**
     * @param escape the ESCAPE string (null for the default backslash, empty for none); more than one
     *               character raises 22025
     */
    public static LikeMatcher compile(String pattern, String escape, boolean caseInsensitive) {
        Objects.requireNonNull(pattern, "pattern is null");
        int escapeCharacter = '\\';
        if (escape != null) {
            if (escape.isEmpty()) {
                escapeCharacter = -1;
            } else if (escape.codePointCount(0, escape.length()) == 1) {
                escapeCharacter = escape.codePointAt(0);
            } else {
                throw new DoSqlException(ErrorCode.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                        .withHint("Escape string must be empty or one character.");
            }
        }
        StringBuilder expression = new StringBuilder(pattern.length() + 8);
        StringBuilder plain = new StringBuilder();
        boolean onlyLiteral = true;
        boolean trailingEscape = false;
        int index = 0;
        while (index < pattern.length()) {
            int character = pattern.codePointAt(index);
            index += Character.charCount(character);
            if (character == escapeCharacter) {
                if (index >= pattern.length()) {
                    trailingEscape = true;
                    break;
                }
                int escaped = pattern.codePointAt(index);
                index += Character.charCount(escaped);
                appendLiteral(expression, escaped);
                plain.appendCodePoint(escaped);
            } else if (character == '%') {
                expression.append(".*");
                onlyLiteral = false;
            } else if (character == '_') {
                expression.append('.');
                onlyLiteral = false;
            } else {
                appendLiteral(expression, character);
                plain.appendCodePoint(character);
            }
        }
        int flags = Pattern.DOTALL;
        if (caseInsensitive) {
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if (trailingEscape) {
            // PostgreSQL reports a trailing escape only when matching reaches it with text left over;
            // otherwise the pattern simply does not match.
            Pattern probe = Pattern.compile(expression + ".", flags);
            return new LikeMatcher(pattern, Pattern.compile("(?!)"), null, probe);
        }
        // A pattern without wildcards is plain equality (case-sensitive only), so skip the regex engine.
        String literal = onlyLiteral && !caseInsensitive ? plain.toString() : null;
        return new LikeMatcher(pattern, Pattern.compile(expression.toString(), flags), literal, null);
    }

    private static void appendLiteral(StringBuilder expression, int character) {
        if ("\\.[]{}()<>*+-=!?^$|".indexOf(character) >= 0) {
            expression.append('\\');
        }
        expression.appendCodePoint(character);
    }

    /** Whether the whole of {@code text} matches the pattern. */
    public boolean matches(String text) {
        if (trailingEscapeProbe != null) {
            if (trailingEscapeProbe.matcher(text).lookingAt()) {
                throw ErrorCode.INVALID_ESCAPE_SEQUENCE.exception("LIKE pattern must not end with escape character");
            }
            return false;
        }
        if (literal != null) {
            return literal.equals(text);
        }
        return regex.matcher(text).matches();
    }

    /** The LIKE pattern as written. */
    public String pattern() {
        return pattern;
    }
}
