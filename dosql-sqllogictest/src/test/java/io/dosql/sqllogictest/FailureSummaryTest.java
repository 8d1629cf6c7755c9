package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailureSummaryTest {

    @Test
    void normalisesNamesAndNumbersButKeepsTheSqlState() {
        assertThat(FailureSummary.normalize("[42703] ERROR: column \"col9\" does not exist"))
                .isEqualTo("[42703] ERROR: column \"?\" does not exist");
        assertThat(FailureSummary.normalize("[2BP01] ERROR: cannot drop view view_1_tab0_153 because"))
                .isEqualTo("[2BP01] ERROR: cannot drop view view_N_tabN_N because");
        assertThat(FailureSummary.normalize("[22P02] invalid input syntax for type integer: 'abc'  at 12.5"))
                .isEqualTo("[22P02] invalid input syntax for type integer: '?' at N");
    }

    @Test
    void ranksFailuresAcrossFilesByCount() {
        FailureSummary summary = new FailureSummary();
        summary.add(result(Map.of("query failed: [22012] ERROR: division by zero", 3, "wrong result (I value)", 1)));
        summary.add(result(Map.of("query failed: [22012] ERROR: division by zero", 2, "wrong value count", 4)));

        assertThat(summary.top(2)).containsExactly(
                Map.entry("query failed: [22012] ERROR: division by zero", 5),
                Map.entry("wrong value count", 4));
        assertThat(summary.distinctCount()).isEqualTo(3);
    }

    private static FileResult result(Map<String, Integer> counts) {
        int failed = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new FileResult("f.test", 0, failed, 0, "", 0, counts, List.of(), List.of(), Duration.ZERO);
    }
}
