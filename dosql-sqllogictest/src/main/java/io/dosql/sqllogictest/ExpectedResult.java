package io.dosql.sqllogictest;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expected outcome of a query: either the values one per line, or {@code N values hashing to MD5}.
 *
 * @param values the expected values (empty when the result is given as a hash)
 * @param hashedCount the value count of the hash line, or -1 when values are listed
 * @param hash the lower-case MD5 hex of the hash line, or "" when values are listed
 */
public record ExpectedResult(List<String> values, int hashedCount, String hash) {

    // The reference reads the line with sscanf("%*d values hashing to %32s").
    private static final Pattern HASH_LINE = Pattern.compile("^\\s*(\\d+) values? hashing to (\\S{1,32})");

    public ExpectedResult {
        values = List.copyOf(values);
        Objects.requireNonNull(hash, "hash is null");
    }

    /** Builds the expectation from the result lines that follow {@code ----}. */
    public static ExpectedResult fromLines(List<String> lines) {
        if (lines.size() == 1) {
            Matcher matcher = HASH_LINE.matcher(lines.get(0));
            if (matcher.find()) {
                return new ExpectedResult(List.of(), Integer.parseInt(matcher.group(1)), matcher.group(2));
            }
        }
        return new ExpectedResult(lines, -1, "");
    }

    /** True when the expectation is a value count and hash rather than the values themselves. */
    public boolean isHash() {
        return hashedCount >= 0;
    }

    /** The expectation as it would be written in a script, lines joined with {@code \n}. */
    public String describe() {
        return isHash() ? hashedCount + " values hashing to " + hash : String.join("\n", values);
    }
}
