package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import org.junit.jupiter.api.Test;

/**
 * Window frames (ROWS / RANGE with offsets / GROUPS, EXCLUDE) against values taken from PostgreSQL 15;
 * queries avoid depending on the order of peer rows, which PostgreSQL leaves unspecified.
 */
class WindowFrameTest extends SqlTestSupport {
    private static final String T = "WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b'))";

    @Test
    void rangeOffsetsAscending() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, sum(x) OVER w, count(*) OVER w, first_value(x) OVER w, last_value(x) OVER w FROM t WINDOW w AS (PARTITION BY g ORDER BY x RANGE BETWEEN 1 PRECEDING AND 2 FOLLOWING) ORDER BY id"))
                .containsExactly("1|5|3|1|2",
                "2|5|3|1|2",
                "3|5|3|1|2",
                "4|5|1|5|5",
                "5|NULL|2|NULL|NULL",
                "6|NULL|2|NULL|NULL",
                "7|9|1|9|9",
                "8|7|2|3|4",
                "9|7|2|3|4",
                "10|10|1|10|10");
    }

    @Test
    void rangeOffsetsNullsFirst() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, sum(x) OVER w, count(*) OVER w FROM t WINDOW w AS (ORDER BY x NULLS FIRST RANGE BETWEEN 2 PRECEDING AND CURRENT ROW) ORDER BY id"))
                .containsExactly("1|1|1",
                "2|5|3",
                "3|5|3",
                "4|12|3",
                "5|NULL|2",
                "6|NULL|2",
                "7|9|1",
                "8|8|4",
                "9|11|4",
                "10|19|2");
    }

    @Test
    void rangeOffsetsDescending() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, sum(x) OVER w, count(*) OVER w, first_value(x) OVER w FROM t WINDOW w AS (ORDER BY x DESC RANGE BETWEEN 1 PRECEDING AND 3 FOLLOWING) ORDER BY id"))
                .containsExactly("1|5|3|2",
                "2|8|4|3",
                "3|8|4|3",
                "4|16|5|5",
                "5|NULL|2|NULL",
                "6|NULL|2|NULL",
                "7|19|2|10",
                "8|12|5|4",
                "9|17|6|5",
                "10|19|2|10");
    }

    @Test
    void rangeOffsetsOneSided() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, sum(x) OVER (ORDER BY x RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), sum(x) OVER (ORDER BY x RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING), sum(x) OVER (ORDER BY x RANGE BETWEEN 1 FOLLOWING AND 3 FOLLOWING), sum(x) OVER (ORDER BY x RANGE 3 PRECEDING) FROM t ORDER BY id"))
                .containsExactly("1|NULL|35|11|1",
                "2|1|31|12|5",
                "3|1|31|12|5",
                "4|12|19|NULL|16",
                "5|36|NULL|NULL|NULL",
                "6|36|NULL|NULL|NULL",
                "7|17|10|10|9",
                "8|5|28|9|8",
                "9|8|24|5|12",
                "10|26|NULL|NULL|19");
    }

    @Test
    void rangeNumericKey() {
        assertThat(rows("WITH n(id, x) AS (VALUES (1, 1.5), (2, 2.0), (3, 2.75), (4, 4.0), (5, 10.25)) SELECT id, count(*) OVER (ORDER BY x RANGE BETWEEN 0.5 PRECEDING AND 1.25 FOLLOWING), first_value(id) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM n ORDER BY id"))
                .containsExactly("1|3|1",
                "2|3|1",
                "3|2|2",
                "4|1|4",
                "5|1|5");
    }

    @Test
    void rangeDateIntervals() {
        assertThat(rows("WITH d(id, day, v) AS (VALUES (1, DATE '2024-01-01', 1), (2, DATE '2024-01-03', 2), (3, DATE '2024-01-05', 4), (4, DATE '2024-01-05', 8), (5, DATE '2024-02-01', 16), (6, NULL, 32)) SELECT id, sum(v) OVER (ORDER BY day RANGE BETWEEN INTERVAL '2 days' PRECEDING AND CURRENT ROW), sum(v) OVER (ORDER BY day DESC RANGE BETWEEN CURRENT ROW AND INTERVAL '3 days' FOLLOWING), sum(v) OVER (ORDER BY day RANGE BETWEEN INTERVAL '1 month' PRECEDING AND INTERVAL '1 day' PRECEDING) FROM d ORDER BY id"))
                .containsExactly("1|1|1|NULL",
                "2|3|3|1",
                "3|14|14|3",
                "4|14|14|3",
                "5|16|16|15",
                "6|32|32|32");
    }

    @Test
    void rangeTimestampIntervals() {
        assertThat(rows("WITH s(id, ts, v) AS (VALUES (1, TIMESTAMP '2024-01-01 10:00', 1), (2, TIMESTAMP '2024-01-01 11:30', 2), (3, TIMESTAMP '2024-01-01 12:00', 4), (4, TIMESTAMP '2024-01-02 10:00', 8)) SELECT id, sum(v) OVER (ORDER BY ts RANGE BETWEEN INTERVAL '90 minutes' PRECEDING AND INTERVAL '30 minutes' FOLLOWING), last_value(id) OVER (ORDER BY ts RANGE BETWEEN CURRENT ROW AND INTERVAL '1 day' FOLLOWING) FROM s ORDER BY id"))
                .containsExactly("1|1|4",
                "2|7|4",
                "3|6|4",
                "4|8|4");
    }

    @Test
    void rangeFloatKeyWithNaN() {
        assertThat(rows("SELECT x::text, sum(x) OVER (ORDER BY x RANGE BETWEEN 0.5 PRECEDING AND 0.5 FOLLOWING), first_value(x) OVER (ORDER BY x DESC RANGE BETWEEN 'infinity'::float8 PRECEDING AND 1 FOLLOWING), count(*) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM (VALUES (1.0::float8), (1.5), (2.5), ('NaN'), (NULL)) t(x) ORDER BY x"))
                .containsExactly("1|2.5|2.5|1",
                "1.5|2.5|2.5|2",
                "2.5|2.5|2.5|2",
                "NaN|NaN|NaN|1",
                "NULL|NULL|NULL|1");
    }

    @Test
    void groupsFrames() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, sum(x) OVER (ORDER BY x GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW), sum(x) OVER (ORDER BY x GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING), count(*) OVER (ORDER BY x DESC GROUPS BETWEEN 2 PRECEDING AND 1 PRECEDING), nth_value(x, 2) OVER (PARTITION BY g ORDER BY x GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t ORDER BY id"))
                .containsExactly("1|1|5|3|2",
                "2|5|7|2|2",
                "3|5|7|2|2",
                "4|9|14|2|2",
                "5|10|NULL|0|NULL",
                "6|10|NULL|0|NULL",
                "7|14|19|3|9",
                "8|7|7|2|4",
                "9|7|9|2|4",
                "10|19|10|2|10");
    }

    @Test
    void groupsUnbounded() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, sum(x) OVER (ORDER BY x GROUPS BETWEEN UNBOUNDED PRECEDING AND 1 FOLLOWING), count(*) OVER (ORDER BY x GROUPS BETWEEN 2 FOLLOWING AND UNBOUNDED FOLLOWING) FROM t ORDER BY id"))
                .containsExactly("1|5|7",
                "2|8|6",
                "3|8|6",
                "4|26|3",
                "5|36|0",
                "6|36|0",
                "7|36|2",
                "8|12|5",
                "9|17|4",
                "10|36|0");
    }

    @Test
    void excludeCurrentRow() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, sum(x) OVER (ORDER BY x, id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW), sum(x) OVER (ORDER BY x RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW), first_value(id) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING EXCLUDE CURRENT ROW) FROM t ORDER BY id"))
                .containsExactly("1|2|NULL|2",
                "2|3|3|3",
                "3|5|3|4",
                "4|13|12|5",
                "5|10|36|6",
                "6|NULL|36|7",
                "7|15|17|8",
                "8|6|5|9",
                "9|8|8|10",
                "10|9|26|NULL");
    }

    @Test
    void excludeGroupAndTies() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, sum(x) OVER (ORDER BY x ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE GROUP), sum(x) OVER (ORDER BY x ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE TIES), count(*) OVER (ORDER BY x GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES), last_value(id) OVER (ORDER BY x, id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP) FROM t ORDER BY id"))
                .containsExactly("1|4|5|3|6",
                "2|4|6|3|6",
                "3|8|10|3|6",
                "4|26|31|3|6",
                "5|19|19|2|6",
                "6|10|10|2|5",
                "7|19|28|3|6",
                "8|13|16|4|6",
                "9|19|23|3|6",
                "10|14|24|4|6");
    }

    @Test
    void excludeWithoutOrder() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, count(*) OVER (PARTITION BY g ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP), sum(x) OVER (PARTITION BY g ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW), sum(x) OVER (PARTITION BY g ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE NO OTHERS) FROM t ORDER BY id"))
                .containsExactly("1|0|18|1",
                "2|0|17|3",
                "3|0|17|5",
                "4|0|14|10",
                "5|0|19|10",
                "6|0|19|10",
                "7|0|10|19",
                "8|0|14|3",
                "9|0|13|7",
                "10|0|7|17");
    }

    @Test
    void excludeValueFunctions() {
        assertThat(rows("WITH t(id, x, g) AS (VALUES (1, 1, 'a'), (2, 2, 'a'), (3, 2, 'a'), (4, 5, 'a'), (5, NULL, 'a'), (6, NULL, 'a'), (7, 9, 'a'), (8, 3, 'b'), (9, 4, 'b'), (10, 10, 'b')) SELECT id, first_value(x) OVER w, last_value(x) OVER w, nth_value(x, 2) OVER w, first_value(id) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP) FROM t WINDOW w AS (ORDER BY x GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) ORDER BY id"))
                .containsExactly("1|1|2|2|2",
                "2|1|3|2|1",
                "3|1|3|2|2",
                "4|4|9|5|3",
                "5|10|NULL|NULL|4",
                "6|10|NULL|NULL|5",
                "7|5|10|9|6",
                "8|2|4|2|7",
                "9|3|5|4|8",
                "10|9|NULL|10|9");
    }

    @Test
    void slidingSumsOverLargePartitions() {
        // count and integer sums use prefix sums; the totals come from PostgreSQL 15.
        assertThat(rows("SELECT sum(s), sum(c), sum(b), min(b), count(b) FROM (SELECT sum(i) OVER (ORDER BY i ROWS BETWEEN 100 PRECEDING AND 50 FOLLOWING) s, "
                + "count(*) FILTER (WHERE i % 3 = 0) OVER (ORDER BY i / 10 GROUPS BETWEEN 2 PRECEDING AND 1 FOLLOWING) c, "
                + "sum(CASE WHEN i % 7 = 0 THEN NULL ELSE i::bigint * 1000000 END) OVER (ORDER BY i DESC RANGE BETWEEN 3 PRECEDING AND 1 PRECEDING) b "
                + "FROM generate_series(1, 20000) i) q"))
                .containsExactly("30100654550|266511|514294277000000|9000000|19999");
        assertThat(rows("SELECT i, sum(i::bigint) OVER w, count(x) OVER w, sum(x::smallint) OVER w FROM (VALUES (1, 5), (2, NULL), (4, 7), (5, NULL), (9, 1)) t(i, x) "
                + "WINDOW w AS (ORDER BY i RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) ORDER BY i"))
                .containsExactly("1|3|1|5", "2|3|1|5", "4|9|1|7", "5|9|1|7", "9|9|1|1");
    }

    @Test
    void frameErrors() {
        assertError("SELECT sum(x) OVER (GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t", "42P20", "GROUPS mode requires an ORDER BY clause");
        assertError("SELECT sum(x) OVER (ORDER BY g RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t", "0A000", "RANGE with offset PRECEDING/FOLLOWING is not supported for column type text");
        assertError("SELECT sum(x) OVER (ORDER BY x GROUPS BETWEEN NULL PRECEDING AND CURRENT ROW) FROM t", "22004", "frame starting offset must not be null");
        assertError("SELECT sum(x) OVER (ORDER BY x RANGE BETWEEN -1 PRECEDING AND CURRENT ROW) FROM t", "22013", "invalid preceding or following size in window function");
        assertError("SELECT sum(x) OVER (ORDER BY x RANGE BETWEEN 1.5 PRECEDING AND CURRENT ROW) FROM t", "0A000", "RANGE with offset PRECEDING/FOLLOWING is not supported for column type integer and offset type numeric");
        assertError("SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM t", "22013", "frame starting offset must not be negative");
        assertError("SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN CURRENT ROW AND NULL FOLLOWING) FROM t", "22004", "frame ending offset must not be null");
        assertError("SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN CURRENT ROW AND UNBOUNDED PRECEDING) FROM t", "42P20", "frame end cannot be UNBOUNDED PRECEDING");
        assertError("SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM t", "42P20", "frame start cannot be UNBOUNDED FOLLOWING");
        assertError("SELECT sum(x) OVER (ORDER BY x, id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t", "42P20", "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column");
        assertError("SELECT sum(x) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t", "42P20", "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column");
        assertError("SELECT ntile(0) OVER () FROM t", "22014", "argument of ntile must be greater than zero");
        assertError("SELECT nth_value(x, 0) OVER () FROM t", "22016", "argument of nth_value must be greater than zero");
    }

    private void assertError(String query, String sqlState, String message) {
        DoSqlException error = failure(T + " " + query);
        assertThat(error.sqlState()).as(query).isEqualTo(sqlState);
        assertThat(error.getMessage()).as(query).contains(message);
    }
}
