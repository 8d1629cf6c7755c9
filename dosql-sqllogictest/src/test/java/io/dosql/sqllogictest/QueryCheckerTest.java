package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryCheckerTest {

    private static QueryRecord query(String header, String... expected) {
        String text = header + "\nSELECT x\n----\n" + String.join("\n", expected) + "\n";
        return (QueryRecord) SltParser.parse("inline", text).records().get(0);
    }

    @Test
    void matchingValuesPassAndAWrongValueFails() {
        QueryChecker checker = new QueryChecker();
        QueryRecord record = query("query IT nosort", "1", "a", "2", "b");

        assertThat(checker.check(record, List.of("1", "a", "2", "b"), 8)).isEmpty();
        assertThat(checker.check(record, List.of("1", "a", "3", "b"), 8))
                .hasValueSatisfying(mismatch -> assertThat(mismatch.kind()).isEqualTo("wrong result (I value)"));
        assertThat(checker.check(record, List.of("1", "a", "2", "c"), 8))
                .hasValueSatisfying(mismatch -> assertThat(mismatch.kind()).isEqualTo("wrong result (T value)"));
    }

    @Test
    void countAndOrderProblemsAreNamed() {
        QueryChecker checker = new QueryChecker();
        QueryRecord record = query("query I nosort", "1", "2");

        assertThat(checker.check(record, List.of("1"), 8))
                .hasValueSatisfying(mismatch -> assertThat(mismatch.kind()).isEqualTo("wrong value count"));
        assertThat(checker.check(record, List.of("2", "1"), 8))
                .hasValueSatisfying(mismatch -> assertThat(mismatch.kind()).isEqualTo("wrong result order"));
        assertThat(checker.check(record, List.of(), 8))
                .hasValueSatisfying(mismatch -> assertThat(mismatch.actual()).isEqualTo("(no values)"));
    }

    @Test
    void sortModesApplyBeforeComparison() {
        QueryChecker checker = new QueryChecker();

        assertThat(checker.check(query("query IT rowsort", "1", "b", "2", "a"), List.of("2", "a", "1", "b"), 8))
                .isEmpty();
        assertThat(checker.check(query("query IT valuesort", "1", "2", "a", "b"), List.of("2", "a", "1", "b"), 8))
                .isEmpty();
        assertThat(checker.check(query("query IT nosort", "1", "b", "2", "a"), List.of("2", "a", "1", "b"), 8))
                .isPresent();
    }

    @Test
    void hashedExpectationsCompareCountAndDigest() {
        QueryChecker checker = new QueryChecker();
        QueryRecord record = query("query I rowsort", "3 values hashing to c0710d6b4f15dfa88f600b0e6b624077");

        assertThat(checker.check(record, List.of("3", "1", "2"), 8)).isEmpty();
        assertThat(checker.check(record, List.of("3", "1", "4"), 8)).hasValueSatisfying(mismatch -> {
            assertThat(mismatch.kind()).isEqualTo("wrong result hash (same value count)");
            assertThat(mismatch.actual()).startsWith("3 values hashing to ");
        });
        assertThat(checker.check(record, List.of("1", "2"), 8)).hasValueSatisfying(
                mismatch -> assertThat(mismatch.kind()).isEqualTo("wrong result hash (value count differs)"));
    }

    @Test
    void aFailureAboveTheThresholdShowsTheHashOfTheActualValues() {
        QueryChecker checker = new QueryChecker();
        QueryRecord record = query("query I nosort", "1", "2", "3");

        assertThat(checker.check(record, List.of("1", "2", "4"), 2)).hasValueSatisfying(
                mismatch -> assertThat(mismatch.actual()).startsWith("3 values hashing to "));
    }

    @Test
    void queriesWithTheSameLabelMustAgree() {
        QueryChecker checker = new QueryChecker();
        QueryRecord first = query("query I rowsort label-1", "1", "2");
        QueryRecord second = query("query I rowsort label-1", "1", "2");

        assertThat(checker.check(first, List.of("2", "1"), 8)).isEmpty();
        assertThat(checker.check(second, List.of("1", "2"), 8)).isEmpty();
        // Matches its own (wrong) expectation but not the earlier result with the same label.
        QueryRecord third = query("query I rowsort label-1", "1", "3");
        assertThat(checker.check(third, List.of("1", "3"), 8)).hasValueSatisfying(mismatch ->
                assertThat(mismatch.kind()).isEqualTo("labeled result does not agree with previous values"));
    }
}
