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
            pattern = Pattern.compile(regex, flags);
        } catch (PatternSyntaxException invalid) {
            throw ErrorCode.INVALID_REGULAR_EXPRESSION.exception(invalid.getDescription());
        }
        synchronized (CACHE) {
            CACHE.put(key, pattern);
        }
        return pattern;
    }
}
