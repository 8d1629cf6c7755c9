package io.dosql.sqllogictest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a query's formatted values satisfy its record: sorts them, hashes them when the expectation is a
 * hash, and checks that queries sharing a label agree (as the reference's {@code checkValue}).
 *
 * <p>A file written by the reference lists values when there are at most hash-threshold of them and a hash line
 * otherwise, so the reference's choice by count and this class's choice by the expectation's form agree on every
 * such file; choosing by form also lets hand-written files list long results. Unlike the reference, which stops
 * comparing at the shorter of the two lists, the value count must match. The threshold decides how the actual
 * result is shown in a failure.
 */
public final class QueryChecker {

    private static final int SHOWN_VALUES = 40;

    /** Label to "count:md5" of the first query that carried it in this script. */
    private final Map<String, String> labelHashes = new HashMap<>();

    /**
     * Checks {@code values} (row-major, unsorted) against {@code record}; returns the failure description if they
     * do not match; {@code hashThreshold} is the script's current {@code hash-threshold}.
     */
    public Optional<Mismatch> check(QueryRecord record, List<String> values, int hashThreshold) {
        List<String> sorted = ResultSorter.sort(values, record.columnCount(), record.sortMode());
        ExpectedResult expected = record.expected();
        Optional<Mismatch> mismatch = expected.isHash() ? compareHash(expected, sorted) : compareValues(record, sorted);
        if (mismatch.isPresent() && !expected.isHash() && hashThreshold > 0 && sorted.size() > hashThreshold) {
            Mismatch plain = mismatch.get();
            mismatch = Optional.of(new Mismatch(plain.kind(), ResultHasher.hashLine(sorted) + "\n" + plain.actual()));
        }
        if (mismatch.isPresent() || record.label().isEmpty()) {
            return mismatch;
        }
        String fingerprint = sorted.size() + ":" + ResultHasher.md5(sorted);
        String previous = labelHashes.putIfAbsent(record.label(), fingerprint);
        if (previous != null && !previous.equals(fingerprint)) {
            return Optional.of(new Mismatch("labeled result does not agree with previous values",
                    describe(sorted)));
        }
        return Optional.empty();
    }

    private static Optional<Mismatch> compareHash(ExpectedResult expected, List<String> sorted) {
        String hash = ResultHasher.md5(sorted);
        if (sorted.size() == expected.hashedCount() && hash.equals(expected.hash())) {
            return Optional.empty();
        }
        String kind = sorted.size() == expected.hashedCount()
                ? "wrong result hash (same value count)"
                : "wrong result hash (value count differs)";
        return Optional.of(new Mismatch(kind, sorted.size() + " values hashing to " + hash + "\n" + describe(sorted)));
    }

    private static Optional<Mismatch> compareValues(QueryRecord record, List<String> sorted) {
        List<String> expected = record.expected().values();
        if (expected.equals(sorted)) {
            return Optional.empty();
        }
        if (expected.size() != sorted.size()) {
            return Optional.of(new Mismatch("wrong value count", describe(sorted)));
        }
        List<String> expectedOrdered = new ArrayList<>(expected);
        List<String> actualOrdered = new ArrayList<>(sorted);
        Collections.sort(expectedOrdered);
        Collections.sort(actualOrdered);
        if (expectedOrdered.equals(actualOrdered)) {
            return Optional.of(new Mismatch("wrong result order", describe(sorted)));
        }
        if (record.sortMode() == SortMode.VALUESORT) {
            return Optional.of(new Mismatch("wrong result", describe(sorted)));
        }
        int first = 0;
        while (expected.get(first).equals(sorted.get(first))) {
            first++;
        }
        char type = record.types().charAt(first % record.columnCount());
        return Optional.of(new Mismatch("wrong result (" + type + " value)", describe(sorted)));
    }

    private static String describe(List<String> values) {
        if (values.isEmpty()) {
            return "(no values)";
        }
        if (values.size() <= SHOWN_VALUES) {
            return String.join("\n", values);
        }
        return String.join("\n", values.subList(0, SHOWN_VALUES)) + "\n... (" + values.size() + " values)";
    }

    /**
     * Why a query's result did not match.
     *
     * @param kind a short stable description used for counting
     * @param actual the values (or hash line and first values) the engine produced
     */
    public record Mismatch(String kind, String actual) {
    }
}
