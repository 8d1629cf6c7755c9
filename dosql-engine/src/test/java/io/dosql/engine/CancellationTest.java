package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import org.junit.jupiter.api.Test;

/** statement_timeout stops long operators (joins, aggregates, sorts) that produce few output rows. */
class CancellationTest extends SqlTestSupport {
    private void assertTimesOut(String sql) {
        run("SET statement_timeout = '200ms'");
        DoSqlException failure = failure(sql);
        assertThat(failure.getMessage()).contains("statement timeout");
        assertThat(failure.sqlState()).isEqualTo("57014");
        run("RESET statement_timeout");
    }

    @Test
    void crossJoinCountIsCanceled() {
        assertTimesOut("SELECT count(*) FROM generate_series(1,100000) a, generate_series(1,100000) b");
    }

    @Test
    void joinWithFilterIsCanceled() {
        assertTimesOut("SELECT count(*) FROM generate_series(1,100000) a JOIN generate_series(1,100000) b ON a.a + b.b < 0");
    }

    @Test
    void sortOfLargeInputIsCanceled() {
        assertTimesOut("SELECT a FROM generate_series(1,100000) a, generate_series(1,100000) b ORDER BY 1 LIMIT 1");
    }

    @Test
    void groupedAggregateIsCanceled() {
        assertTimesOut("SELECT a.a % 7, count(*) FROM generate_series(1,100000) a, generate_series(1,100000) b GROUP BY 1");
    }

    @Test
    void aggregateOverOneLongScanIsCanceled() {
        assertTimesOut("SELECT sum(a) FROM generate_series(1, 2000000000) a");
    }

    @Test
    void filterRejectingEveryRowIsCanceled() {
        assertTimesOut("SELECT a FROM generate_series(1, 2000000000) a WHERE a < 0");
    }

    @Test
    void sessionWorksAfterTimeout() {
        assertTimesOut("SELECT count(*) FROM generate_series(1,100000) a, generate_series(1,100000) b");
        assertThat(single("SELECT count(*) FROM generate_series(1,10)")).isEqualTo("10");
    }
}
