package io.dosql.sqllogictest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts failures across files under normalised messages, so that e.g. every "division by zero" or every
 * "column "x" does not exist" collapses into one line of the top-N list the engine team works from.
 */
public final class FailureSummary {

    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern SQLSTATE_PREFIX = Pattern.compile("^\\[[0-9A-Z]{5}\\] ");
    // Digits inside names count too: view_1_tab0_153 and view_1_tab0_154 are the same problem.
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_LENGTH = 160;

    private final Map<String, Integer> counts = new HashMap<>();

    /**
     * Strips the details that differ between occurrences of one problem: quoted text and numbers. A leading
     * {@code [SQLSTATE]} is kept as it is.
     */
    public static String normalize(String message) {
        Matcher prefix = SQLSTATE_PREFIX.matcher(message);
        String sqlState = prefix.find() ? prefix.group() : "";
        String normalized = DOUBLE_QUOTED.matcher(message.substring(sqlState.length())).replaceAll("\"?\"");
        normalized = SINGLE_QUOTED.matcher(normalized).replaceAll("'?'");
        normalized = NUMBER.matcher(normalized).replaceAll("N");
        normalized = SPACES.matcher(normalized).replaceAll(" ").trim();
        normalized = normalized.length() > MAX_LENGTH ? normalized.substring(0, MAX_LENGTH) + "..." : normalized;
        return sqlState + normalized;
    }

    /** Adds a file's failure counts. */
    public void add(FileResult result) {
        result.failureCounts().forEach((key, count) -> counts.merge(key, count, Integer::sum));
    }

    /** The {@code limit} most frequent failure keys, most frequent first (ties by key). */
    public List<Map.Entry<String, Integer>> top(int limit) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
    }

    /** The number of distinct failure keys. */
    public int distinctCount() {
        return counts.size();
    }
}
