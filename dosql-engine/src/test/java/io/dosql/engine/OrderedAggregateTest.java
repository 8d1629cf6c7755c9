package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ORDER BY inside an aggregate call orders the inputs the aggregate sees (values from PostgreSQL 16). */
class OrderedAggregateTest extends SqlTestSupport {
    private static final String VALUES = "(VALUES (1), (3), (2), (3), (NULL)) v(x)";

    @Test
    void stringAggFollowsItsOrderBy() {
        assertThat(single("SELECT string_agg(x::text, ',' ORDER BY x DESC) FROM " + VALUES)).isEqualTo("3,3,2,1");
    }

    @Test
    void nullsFirstPutsTheNullInputFirst() {
        assertThat(single("SELECT string_agg(coalesce(x::text, 'n'), ',' ORDER BY x DESC NULLS LAST) FROM " + VALUES))
                .isEqualTo("3,3,2,1,n");
        assertThat(single("SELECT string_agg(coalesce(x::text, 'n'), ',' ORDER BY x) FROM " + VALUES))
                .isEqualTo("1,2,3,3,n");
    }

    @Test
    void distinctAndOrderByTogether() {
        assertThat(single("SELECT string_agg(DISTINCT x::text, ',' ORDER BY x::text DESC) FROM " + VALUES))
                .isEqualTo("3,2,1");
    }

    @Test
    void distinctRequiresOrderByKeysAmongTheArguments() {
        assertThat(failure("SELECT string_agg(DISTINCT x::text, ',' ORDER BY y) FROM (VALUES (1, 2)) v(x, y)").sqlState())
                .isEqualTo("42P10");
    }

    @Test
    void orderByAnotherColumnPerGroup() {
        assertThat(rows("SELECT g, string_agg(y, '-' ORDER BY y) FROM (VALUES (1, 'b'), (1, 'a'), (2, 'z'), (2, 'c')) v(g, y)"
                + " GROUP BY g ORDER BY g")).containsExactly("1|a-b", "2|c-z");
        assertThat(single("SELECT string_agg(x::text, ',' ORDER BY y) FROM (VALUES (1, 2), (2, 1)) v(x, y)")).isEqualTo("2,1");
    }

    /** Ordered-set aggregates WITHIN GROUP (ORDER BY …); every value and error as PostgreSQL 15 gives it. */
    @Test
    void percentilesAndModeWithinGroup() {
        String values = "(VALUES (1), (2), (2), (4), (NULL), (5), (5)) t(x)";
        assertThat(single("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x), percentile_cont(0.25) WITHIN GROUP"
                + " (ORDER BY x DESC), percentile_disc(0.5) WITHIN GROUP (ORDER BY x), percentile_disc(0) WITHIN GROUP"
                + " (ORDER BY x), percentile_disc(1) WITHIN GROUP (ORDER BY x DESC), mode() WITHIN GROUP (ORDER BY x),"
                + " mode() WITHIN GROUP (ORDER BY x DESC) FROM " + values)).isEqualTo("3.0|4.75|2|1|1|2|5");
        assertThat(single("SELECT pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY x)), pg_typeof(percentile_disc(0.5)"
                + " WITHIN GROUP (ORDER BY x)), pg_typeof(mode() WITHIN GROUP (ORDER BY x)) FROM (VALUES (1), (2)) t(x)"))
                .isEqualTo("double precision|integer|integer");
        assertThat(rows("SELECT g, percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM (VALUES ('a', 1.5), ('a', 2.5),"
                + " ('b', 10)) t(g, x) GROUP BY g ORDER BY g")).containsExactly("a|2.0", "b|10.0");
        assertThat(single("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1)) t(x) WHERE false"))
                .isEqualTo("NULL");
        assertThat(single("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY s) FROM (VALUES ('b'), ('a'), ('c')) t(s)"))
                .isEqualTo("b");
        assertThat(single("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d) FROM (VALUES (interval '1 hour'),"
                + " (interval '2 hours')) t(d)")).isEqualTo("01:30:00");
        var outOfRange = failure("SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1)) t(x)");
        assertThat(outOfRange.sqlState()).isEqualTo("22003");
        assertThat(outOfRange.getMessage()).isEqualTo("percentile value 1.5 is not between 0 and 1");
        var withoutWithinGroup = failure("SELECT percentile_cont(0.5) FROM (VALUES (1)) t(x)");
        assertThat(withoutWithinGroup.sqlState()).isEqualTo("42883");
        assertThat(withoutWithinGroup.getMessage()).isEqualTo("function percentile_cont(numeric) does not exist");
    }
}
