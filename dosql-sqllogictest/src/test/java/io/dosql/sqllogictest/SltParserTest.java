package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SltParserTest {

    @Test
    void parsesStatementsQueriesAndControlRecords() {
        SltScript script = SltParser.parse("inline", String.join("\n",
                "hash-threshold 4",
                "",
                "statement ok",
                "CREATE TABLE t1(a INTEGER,",
                "  b TEXT)",
                "",
                "statement error",
                "SELECT * FROM missing",
                "",
                "query IT rowsort label-7",
                "SELECT a, b",
                "FROM t1",
                "----",
                "1",
                "x",
                "",
                "halt",
                ""));

        assertThat(script.records()).hasSize(4 + 1);
        assertThat(script.records().get(0)).isEqualTo(new HashThresholdRecord(1, List.of(), 4));
        assertThat(script.records().get(1))
                .isEqualTo(new StatementRecord(3, List.of(), "CREATE TABLE t1(a INTEGER,\n  b TEXT)", false));
        assertThat(script.records().get(2)).isEqualTo(new StatementRecord(7, List.of(), "SELECT * FROM missing", true));
        QueryRecord query = (QueryRecord) script.records().get(3);
        assertThat(query.line()).isEqualTo(10);
        assertThat(query.types()).isEqualTo("IT");
        assertThat(query.sortMode()).isEqualTo(SortMode.ROWSORT);
        assertThat(query.label()).isEqualTo("label-7");
        assertThat(query.sql()).isEqualTo("SELECT a, b\nFROM t1");
        assertThat(query.expected().values()).containsExactly("1", "x");
        assertThat(query.expected().isHash()).isFalse();
        assertThat(script.records().get(4)).isInstanceOf(HaltRecord.class);
    }

    @Test
    void readsHashLinesAndMissingSortMode() {
        SltScript script = SltParser.parse("inline", "query R\nSELECT 1\n----\n30 values hashing to 0123abcd\n");

        QueryRecord query = (QueryRecord) script.records().get(0);
        assertThat(query.sortMode()).isEqualTo(SortMode.NOSORT);
        assertThat(query.label()).isEmpty();
        assertThat(query.expected().isHash()).isTrue();
        assertThat(query.expected().hashedCount()).isEqualTo(30);
        assertThat(query.expected().hash()).isEqualTo("0123abcd");
    }

    @Test
    void collectsConditionsWithTrailingComments() {
        SltScript script = SltParser.parse("inline",
                "skipif mysql # not compatible\nonlyif postgresql\nquery I nosort\nSELECT 1\n----\n1\n");

        Record record = script.records().get(0);
        assertThat(record.line()).isEqualTo(1);
        assertThat(record.conditions())
                .containsExactly(new Condition(false, "mysql"), new Condition(true, "postgresql"));
        assertThat(Condition.allowAll(record.conditions(), "postgresql")).isTrue();
        assertThat(Condition.allowAll(record.conditions(), "mysql")).isFalse();
        assertThat(Condition.allowAll(record.conditions(), "sqlite")).isFalse();
    }

    @Test
    void skipsCommentLinesEverywhereAndTreatsWhitespaceLinesAsBlank() {
        SltScript script = SltParser.parse("inline", String.join("\r\n",
                "# header comment",
                "statement ok",
                "# a comment inside a record does not end it",
                "INSERT INTO t1 VALUES(1)",
                "   ",
                "query I nosort",
                "SELECT a FROM t1",
                "----",
                "# comments are skipped among results too",
                "1",
                ""));

        assertThat(script.records()).hasSize(2);
        assertThat(((StatementRecord) script.records().get(0)).sql()).isEqualTo("INSERT INTO t1 VALUES(1)");
        assertThat(((QueryRecord) script.records().get(1)).expected().values()).containsExactly("1");
        assertThat(script.records().get(1).line()).isEqualTo(6);
    }

    @Test
    void turnsUnknownRecordsAndBadTypeStringsIntoInvalidRecords() {
        SltScript script = SltParser.parse("inline",
                "frobnicate now\n\nquery IX nosort\nSELECT 1, 2\n----\n1\n2\n\nstatement maybe\nSELECT 1\n");

        assertThat(script.records()).allMatch(record -> record instanceof InvalidRecord);
        assertThat(((InvalidRecord) script.records().get(0)).message()).contains("unknown record type");
        assertThat(((InvalidRecord) script.records().get(1)).message()).contains("unknown type character 'X'");
        assertThat(((InvalidRecord) script.records().get(2)).message()).contains("'ok' or 'error'");
        assertThat(script.records()).allMatch(Record::isCounted);
    }

    @Test
    void stopsAtTheFirstHaltThatAppliesToTheEngine() {
        SltScript script = SltParser.parse("inline",
                "onlyif mssql\nhalt\n\nstatement ok\nSELECT 1\n\nskipif sqlite\nhalt\n\nstatement ok\nSELECT 2\n");

        // "skipif sqlite" + halt halts every engine but SQLite.
        assertThat(script.recordsUntilHalt("postgresql")).hasSize(2);
        assertThat(script.recordsUntilHalt("mssql")).isEmpty();
        assertThat(script.recordsUntilHalt("sqlite")).hasSize(4);
    }

    @Test
    void truncatesLabelsToTwentyCharactersLikeTheReference() {
        SltScript script = SltParser.parse("inline", "query I nosort abcdefghijklmnopqrstuvwxyz\nSELECT 1\n----\n1\n");

        assertThat(((QueryRecord) script.records().get(0)).label()).isEqualTo("abcdefghijklmnopqrst");
    }
}
