package io.dosql.engine.value;

import io.dosql.core.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiled POSIX-style regular expressions (via java.util.regex), cached because patterns are usually constants. */
public final class RegexCache {
    private static final int CAPACITY = 256;
    private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CAPACITY;
        }
    };

    private RegexCache() {
    }

    /**
     * Rewrites the PostgreSQL (ARE) constructs java.util.regex reads differently: POSIX classes
     * ({@code [[:alpha:]]}), word anchors {@code \m \M \y \Y}, and a literal {@code [} or {@code &&}
     * inside a bracket expression (a nested class or an intersection to Java).
     */
    static String translate(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 8);
        boolean inBracket = false;
        int bracketStart = -1;
        for (int index = 0; index < regex.length(); index++) {
            char character = regex.charAt(index);
            if (character == '\\' && index + 1 < regex.length()) {
                char next = regex.charAt(++index);
                if (!inBracket && next == 'm') {
                    out.append("\\b(?=\\w)");
                } else if (!inBracket && next == 'M') {
                    out.append("\\b(?<=\\w)");
                } else if (!inBracket && next == 'y') {
                    out.append("\\b");
                } else if (!inBracket && next == 'Y') {
                    out.append("\\B");
                } else {
                    out.append('\\').append(next);
                }
                continue;
            }
            if (!inBracket) {
                if (character == '[') {
                    inBracket = true;
                    bracketStart = out.length();
                }
                out.append(character);
                continue;
            }
            boolean first = out.length() == bracketStart + 1
                    || out.length() == bracketStart + 2 && out.charAt(bracketStart + 1) == '^';
            if (character == ']' && !first) {
                inBracket = false;
                out.append(']');
            } else if (character == '[' && index + 1 < regex.length() && regex.charAt(index + 1) == ':') {
                int end = regex.indexOf(":]", index + 2);
                if (end < 0) {
                    out.append("\\[");
                    continue;
                }
                out.append(posixClass(regex.substring(index + 2, end)));
                index = end + 1;
            } else if (character == '[' || character == '&' && index + 1 < regex.length() && regex.charAt(index + 1) == '&') {
                out.append('\\').append(character);
            } else {
                out.append(character);
            }
        }
        return out.toString();
    }

    private static String posixClass(String name) {
        return switch (name) {
            case "alpha" -> "\\p{IsAlphabetic}";
            case "digit" -> "\\d";
            case "alnum" -> "\\p{IsAlphabetic}\\d";
            case "upper" -> "\\p{IsUppercase}";
            case "lower" -> "\\p{IsLowercase}";
            case "space" -> "\\s";
            case "punct" -> "\\p{Punct}";
            case "xdigit" -> "\\p{XDigit}";
            case "word" -> "\\w";
            case "blank" -> " \\t";
            case "cntrl" -> "\\p{Cntrl}";
            case "print" -> "\\p{Print}";
            case "graph" -> "\\p{Graph}";
            default -> throw ErrorCode.INVALID_REGULAR_EXPRESSION.exception("invalid character class");
        };
    }

    /** The compiled pattern; 2201B {@code invalid regular expression} when it does not parse. */
    public static Pattern compile(String regex, boolean caseInsensitive) {
        String key = (caseInsensitive ? "i:" : "s:") + regex;
        synchronized (CACHE) {
            Pattern cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Pattern pattern;
        try {
            int flags = caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            pattern = Pattern.compile(translate(regex), flags);
        } catch (PatternSyntaxException invalid) {
            throw ErrorCode.INVALID_REGULAR_EXPRESSION.exception(invalid.getDescription());
        }
        synchronized (CACHE) {
            CACHE.put(key, pattern);
        }
        return pattern;
    }
}
