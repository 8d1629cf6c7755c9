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
}
