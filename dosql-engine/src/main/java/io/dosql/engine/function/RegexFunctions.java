package io.dosql.engine.function;

import static io.dosql.core.SqlType.BOOLEAN;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.TEXT;

import io.dosql.core.ErrorCode;
import io.dosql.engine.value.RegexCache;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Regular-expression functions (regexp_replace, regexp_like, regexp_count, regexp_substr,
 * regexp_instr, substring(text FROM pattern)) and similar_to_escape, which the parser emits for
 * SIMILAR TO. Patterns run on java.util.regex, close to PostgreSQL's ARE flavour for common use.
 */
final class RegexFunctions {
    private static final java.util.regex.Pattern NEVER = java.util.regex.Pattern.compile("(?!)");

    private RegexFunctions() {
    }

    static void register(FunctionTable table) {
        table.scalar("regexp_replace", TEXT, List.of(TEXT, TEXT, TEXT),
                (a, c) -> replace(text(a[0]), text(a[1]), text(a[2]), 1, 1, ""));
        table.scalar("regexp_replace", TEXT, List.of(TEXT, TEXT, TEXT, TEXT),
                (a, c) -> replace(text(a[0]), text(a[1]), text(a[2]), 1, 1, text(a[3])));
        table.scalar("regexp_replace", TEXT, List.of(TEXT, TEXT, TEXT, INTEGER),
                (a, c) -> replace(text(a[0]), text(a[1]), text(a[2]), (Integer) a[3], 1, ""));
        table.scalar("regexp_replace", TEXT, List.of(TEXT, TEXT, TEXT, INTEGER, INTEGER),
                (a, c) -> replace(text(a[0]), text(a[1]), text(a[2]), (Integer) a[3], (Integer) a[4], ""));
        table.scalar("regexp_replace", TEXT, List.of(TEXT, TEXT, TEXT, INTEGER, INTEGER, TEXT),
                (a, c) -> replace(text(a[0]), text(a[1]), text(a[2]), (Integer) a[3], (Integer) a[4], text(a[5])));
        // substring(text FROM pattern): the first match, or its first parenthesised group.
        table.scalar("substring", TEXT, List.of(TEXT, TEXT), (a, c) -> substring(text(a[0]), text(a[1])));
        table.scalar("regexp_like", BOOLEAN, List.of(TEXT, TEXT), (a, c) -> matcher(a, 1, "").find());
        table.scalar("regexp_like", BOOLEAN, List.of(TEXT, TEXT, TEXT), (a, c) -> matcher(a, 1, text(a[2])).find());
        table.scalar("regexp_count", INTEGER, List.of(TEXT, TEXT), (a, c) -> count(matcher(a, 1, "")));
        table.scalar("regexp_count", INTEGER, List.of(TEXT, TEXT, INTEGER), (a, c) -> count(matcher(a, (Integer) a[2], "")));
        table.scalar("regexp_count", INTEGER, List.of(TEXT, TEXT, INTEGER, TEXT),
                (a, c) -> count(matcher(a, (Integer) a[2], text(a[3]))));
        table.scalar("regexp_substr", TEXT, List.of(TEXT, TEXT), (a, c) -> nthMatch(matcher(a, 1, ""), 1));
        table.scalar("regexp_substr", TEXT, List.of(TEXT, TEXT, INTEGER), (a, c) -> nthMatch(matcher(a, (Integer) a[2], ""), 1));
        table.scalar("regexp_substr", TEXT, List.of(TEXT, TEXT, INTEGER, INTEGER),
                (a, c) -> nthMatch(matcher(a, (Integer) a[2], ""), (Integer) a[3]));
        table.scalar("regexp_instr", INTEGER, List.of(TEXT, TEXT), (a, c) -> nthPosition(text(a[0]), matcher(a, 1, ""), 1));
        table.scalar("regexp_instr", INTEGER, List.of(TEXT, TEXT, INTEGER),
                (a, c) -> nthPosition(text(a[0]), matcher(a, (Integer) a[2], ""), 1));
        table.scalar("similar_to_escape", TEXT, List.of(TEXT), (a, c) -> similarToRegex(text(a[0]), "\\"));
        table.scalar("similar_to_escape", TEXT, List.of(TEXT, TEXT), (a, c) -> similarToRegex(text(a[0]), text(a[1])));
    }

    private static String text(Object value) {
        return (String) value;
    }

    static void checkFlags(String flags) {
        for (char flag : flags.toCharArray()) {
            if ("bcegimnpqstwx".indexOf(flag) < 0) {
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid regular expression option: \"" + flag + "\"");
            }
        }
    }

    /** A matcher over {@code arguments[0]} for pattern {@code arguments[1]}, searching from 1-based {@code start}. */
    private static Matcher matcher(Object[] arguments, int start, String flags) {
        checkFlags(flags);
        if (flags.indexOf('g') >= 0) {
            // Only regexp_replace takes the global flag.
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid regular expression option: \"g\"");
        }
        if (start <= 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid value for parameter \"start\": " + start);
        }
        String text = text(arguments[0]);
        Matcher matcher = RegexCache.compile(text(arguments[1]), flags.indexOf('i') >= 0).matcher(text);
        int length = text.codePointCount(0, text.length());
        if (start > length) {
            return matcher.region(text.length(), text.length()).usePattern(NEVER); // nothing to search
        }
        return matcher.region(text.offsetByCodePoints(0, start - 1), text.length());
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The n-th match's text, or null when there are fewer matches. */
    private static String nthMatch(Matcher matcher, int occurrence) {
        checkOccurrence(occurrence);
        int seen = 0;
        while (matcher.find()) {
            if (++seen == occurrence) {
                return matcher.group();
            }
        }
        return null;
    }

    /** The 1-based character position of the n-th match in {@code text}, or 0. */
    private static int nthPosition(String text, Matcher matcher, int occurrence) {
        checkOccurrence(occurrence);
        int seen = 0;
        while (matcher.find()) {
            if (++seen == occurrence) {
                return text.codePointCount(0, matcher.start()) + 1;
            }
        }
        return 0;
    }

    private static void checkOccurrence(int occurrence) {
        if (occurrence <= 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid value for parameter \"n\": " + occurrence);
        }
    }

    private static String substring(String text, String pattern) {
        Matcher matcher = RegexCache.compile(pattern, false).matcher(text);
        if (!matcher.find()) {
            return null;
        }
        return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
    }

    /**
     * regexp_replace from 1-based {@code start}, replacing the {@code occurrence}-th match (0 or flag
     * g: all); the replacement may use \1..\9 and \&.
     */
    static String replace(String text, String pattern, String replacement, int start, int occurrence, String flags) {
        checkFlags(flags);
        if (start <= 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid value for parameter \"start\": " + start);
        }
        if (occurrence < 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid value for parameter \"n\": " + occurrence);
        }
        if (flags.indexOf('g') >= 0) {
            occurrence = 0;
        }
        if (start > text.codePointCount(0, text.length()) + 1) {
            return text;
        }
        int offset = text.offsetByCodePoints(0, start - 1);
        Matcher matcher = RegexCache.compile(pattern, flags.indexOf('i') >= 0).matcher(text);
        matcher.region(offset, text.length());
        StringBuilder result = new StringBuilder(text.substring(0, offset));
        int last = offset;
        int seen = 0;
        while (matcher.find()) {
            seen++;
            if (occurrence == 0 || seen == occurrence) {
                result.append(text, last, matcher.start());
                appendReplacement(result, matcher, replacement);
                last = matcher.end();
                if (occurrence != 0) {
                    break;
                }
            }
        }
        result.append(text, last, text.length());
        return result.toString();
    }

    private static void appendReplacement(StringBuilder result, Matcher matcher, String replacement) {
        for (int index = 0; index < replacement.length(); index++) {
            char character = replacement.charAt(index);
            if (character == '\\' && index + 1 < replacement.length()) {
                char next = replacement.charAt(index + 1);
                if (next >= '1' && next <= '9') {
                    int group = next - '0';
                    if (group <= matcher.groupCount() && matcher.group(group) != null) {
                        result.append(matcher.group(group));
                    }
                    index++;
                    continue;
                }
                if (next == '&') {
                    result.append(matcher.group());
                    index++;
                    continue;
                }
                if (next == '\\') {
                    result.append('\\');
                    index++;
                    continue;
                }
            }
            result.append(character);
        }
    }

    /**
     * PostgreSQL's similar_to_escape: a SIMILAR TO pattern as an anchored POSIX regex, e.g.
     * {@code abc%} becomes {@code ^(?:abc.*)$}; an empty escape string disables escaping.
     */
    static String similarToRegex(String pattern, String escape) {
        if (escape.codePointCount(0, escape.length()) > 1) {
            throw new io.dosql.core.DoSqlException(ErrorCode.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                    .withHint("Escape string must be empty or one character.");
        }
        int escapeCharacter = escape.isEmpty() ? -1 : escape.codePointAt(0);
        StringBuilder regex = new StringBuilder("^(?:");
        boolean afterEscape = false;
        boolean inBracket = false;
        for (int index = 0; index < pattern.length(); ) {
            int character = pattern.codePointAt(index);
            index += Character.charCount(character);
            if (afterEscape) {
                regex.append('\\').appendCodePoint(character);
                afterEscape = false;
            } else if (character == escapeCharacter) {
                afterEscape = true;
            } else if (inBracket) {
                if (character == ']') {
                    inBracket = false;
                }
                regex.appendCodePoint(character);
            } else if (character == '[') {
                inBracket = true;
                regex.append('[');
            } else if (character == '%') {
                regex.append(".*");
            } else if (character == '_') {
                regex.append('.');
            } else if (character == '(') {
                regex.append("(?:");
            } else if (character == '\\' || character == '.' || character == '^' || character == '$') {
                regex.append('\\').appendCodePoint(character);
            } else {
                regex.appendCodePoint(character);
            }
        }
        return regex.append(")$").toString(); // a trailing escape character is dropped, as in PostgreSQL
    }
}
