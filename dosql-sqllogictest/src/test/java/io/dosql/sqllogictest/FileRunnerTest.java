package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs small inline scripts on SQLite: passes must pass and every kind of mismatch must be caught. */
class FileRunnerTest {

    private static final String SETUP = String.join("\n",
            "statement ok",
            "CREATE TABLE t1(a INTEGER, b TEXT, c REAL)",
            "",
            "statement ok",
            "INSERT INTO t1 VALUES(1, 'one', 1.5), (2, '', NULL), (3, NULL, -2.25)",
            "",
            "");

    @Test
    void aCorrectScriptPassesEveryRecord() {
        FileResult result = Sqlite.run(SETUP + String.join("\n",
                "query ITR rowsort",
                "SELECT a, b, c FROM t1",
                "----",
                "1", "one", "1.500",
                "2", "(empty)", "NULL",
                "3", "NULL", "-2.250",
                "",
                "query I nosort",
                "SELECT a FROM t1 ORDER BY a DESC",
                "----",
                "3", "2", "1",
                "",
                "statement error",
                "SELECT * FROM no_such_table",
                ""));

        assertThat(result.failures()).isEmpty();
        assertThat(result.slowestRecords()).hasSize(FileProgress.SLOWEST_RECORDS)
                .isSortedAccordingTo((left, right) -> right.elapsed().compareTo(left.elapsed()));
        assertThat(result.passed()).isEqualTo(5);
        assertThat(result.records()).isEqualTo(5);
        assertThat(result.aborted()).isFalse();
    }

    @Test
    void aWrongExpectedValueFails() {
        FileResult result = Sqlite.run(SETUP + "query I nosort\nSELECT count(*) FROM t1\n----\n4\n");

        assertThat(result.passed()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        RecordFailure failure = result.failures().get(0);
        assertThat(failure.kind()).isEqualTo("wrong result (I value)");
        assertThat(failure.line()).isEqualTo(7);
        assertThat(failure.sql()).isEqualTo("SELECT count(*) FROM t1");
        assertThat(failure.expected()).isEqualTo("4");
        assertThat(failure.actual()).isEqualTo("3");
    }

    @Test
    void aWrongHashFails() {
        FileResult result = Sqlite.run(SETUP
                + "query I rowsort\nSELECT a FROM t1\n----\n3 values hashing to c0710d6b4f15dfa88f600b0e6b624077\n\n"
                + "query I rowsort\nSELECT a + 1 FROM t1\n----\n3 values hashing to c0710d6b4f15dfa88f600b0e6b624077\n");

        assertThat(result.passed()).isEqualTo(3);
        assertThat(result.failures()).extracting(RecordFailure::kind)
                .containsExactly("wrong result hash (same value count)");
    }

    @Test
    void statementOutcomesMustMatchOkOrError() {
        FileResult result = Sqlite.run(SETUP
                + "statement ok\nINSERT INTO no_such_table VALUES(1)\n\n"
                + "statement error\nINSERT INTO t1 VALUES(4, 'four', 4.0)\n");

        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.failures()).extracting(RecordFailure::kind)
                .containsExactly("statement failed", "statement succeeded but an error was expected");
        assertThat(result.failures().get(0).error()).contains("no such table");
    }

    @Test
    void failingQueriesAndWrongColumnCountsFail() {
        FileResult result = Sqlite.run(SETUP
                + "query I nosort\nSELECT nope FROM t1\n----\n1\n\n"
                + "query II nosort\nSELECT a FROM t1 WHERE a = 1\n----\n1\n1\n");

        assertThat(result.failures()).extracting(RecordFailure::kind)
                .containsExactly("query failed", "wrong number of result columns");
        assertThat(result.failures().get(0).summaryKey()).startsWith("query failed: ").contains("no such column");
    }

    @Test
    void conditionsSkipRecordsForOtherEngines() {
        FileResult result = Sqlite.run(SETUP
                + "onlyif mysql\nquery I nosort\nSELECT 1 DIV 1\n----\n1\n\n"
                + "skipif sqlite\nstatement ok\nTHIS IS NOT SQL\n\n"
                + "onlyif sqlite\nquery I nosort\nSELECT 7\n----\n7\n");

        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.passed()).isEqualTo(3);
        assertThat(result.failed()).isZero();
    }

    @Test
    void haltEndsTheScriptAndInvalidRecordsFail() {
        FileResult result = Sqlite.run(SETUP
                + "bogus record\n\n"
                + "skipif sqlite\nhalt\n\n"
                + "statement ok\nSELECT 1\n\n"
                + "halt\n\n"
                + "statement ok\nTHIS WOULD FAIL\n");

        assertThat(result.passed()).isEqualTo(3);
        assertThat(result.failures()).extracting(RecordFailure::kind)
                .containsExactly("invalid record: unknown record type: 'bogus'");
    }

    @Test
    void theHashThresholdDecidesOnlyHowFailuresAreShown() {
        FileResult result = Sqlite.run(SETUP
                + "hash-threshold 2\n\n"
                + "query I rowsort\nSELECT a FROM t1\n----\n1\n2\n3\n\n"
                + "query I rowsort\nSELECT a FROM t1\n----\n3 values hashing to c0710d6b4f15dfa88f600b0e6b624077\n\n"
                + "query I rowsort\nSELECT a FROM t1\n----\n1\n2\n4\n");

        assertThat(result.passed()).isEqualTo(4);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.failures().get(0).actual()).startsWith("3 values hashing to c0710d6b");
    }
}
