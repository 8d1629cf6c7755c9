package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitStatementsTest {

    @Test
    void splitsAtTopLevelSemicolons() {
        assertThat(SqlParser.splitStatements("SELECT 1; SELECT 2;\n\n;SELECT 3"))
                .containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void respectsQuotesAndComments() {
        assertThat(SqlParser.splitStatements("SELECT 'a;b', \"c;d\"; SELECT $x$;$x$ -- ;\n; /* ; */ SELECT E'\\';'"))
                .containsExactly("SELECT 'a;b', \"c;d\"", "SELECT $x$;$x$", "SELECT E'\\';'");
    }

    @Test
    void keepsTriggerBodiesTogether() {
        String trigger = "CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN "
                + "UPDATE u SET c = CASE WHEN 1 THEN 2 END; DELETE FROM v; END";
        assertThat(SqlParser.splitStatements(trigger + "; SELECT 1;"))
                .containsExactly(trigger, "SELECT 1");
        assertThat(SqlParser.splitStatements("BEGIN; SELECT 1; END;")).containsExactly("BEGIN", "SELECT 1", "END");
    }

    @Test
    void unterminatedTextBecomesTheLastStatement() {
        assertThat(SqlParser.splitStatements("SELECT 1; SELECT 'abc; SELECT 2"))
                .containsExactly("SELECT 1", "SELECT 'abc; SELECT 2");
        assertThat(SqlParser.splitStatements("  -- nothing\n")).isEmpty();
    }

    @Test
    void completenessForAnInteractiveShell() {
        assertThat(SqlParser.isComplete("SELECT 1;")).isTrue();
        assertThat(SqlParser.isComplete("SELECT 1; -- done\n")).isTrue();
        assertThat(SqlParser.isComplete("SELECT 1")).isFalse();
        assertThat(SqlParser.isComplete("SELECT 'a;")).isFalse();
        assertThat(SqlParser.isComplete("SELECT 1 /* ; */")).isFalse();
        assertThat(SqlParser.isComplete("SELECT 1 /* ;")).isFalse();
        assertThat(SqlParser.isComplete("CREATE TRIGGER t AFTER INSERT ON x BEGIN DELETE FROM y;")).isFalse();
        assertThat(SqlParser.isComplete("CREATE TRIGGER t AFTER INSERT ON x BEGIN DELETE FROM y; END;")).isTrue();
        assertThat(SqlParser.isComplete("   ")).isFalse();
    }
}
