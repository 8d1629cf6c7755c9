package io.dosql.engine.function;

import static io.dosql.core.SqlType.BIGINT;
import static io.dosql.core.SqlType.BOOLEAN;
import static io.dosql.core.SqlType.DOUBLE;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.INTERVAL;
import static io.dosql.core.SqlType.NUMERIC;
import static io.dosql.core.SqlType.REAL;
import static io.dosql.core.SqlType.SMALLINT;
import static io.dosql.core.SqlType.TEXT;
import static io.dosql.engine.function.FunctionCalls.aggregate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.SqlType;
import io.dosql.engine.value.ValueFormatter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values were checked against PostgreSQL 15. */
class AggregateFunctionsTest {
    private static final FunctionRegistry REGISTRY = FunctionRegistry.builtin();

    private static String text(Object value) {
        return ValueFormatter.toText(value, null);
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    @Test
    void resultTypes() {
        assertThat(REGISTRY.resolveAggregate("count", List.of()).returnType()).isEqualTo(BIGINT);
        assertThat(REGISTRY.resolveAggregate("count", List.of(TEXT)).returnType()).isEqualTo(BIGINT);
        assertThat(REGISTRY.resolveAggregate("sum", List.of(SMALLINT)).returnType()).isEqualTo(BIGINT);
        assertThat(REGISTRY.resolveAggregate("sum", List.of(INTEGER)).returnType()).isEqualTo(BIGINT);
        assertThat(REGISTRY.resolveAggregate("sum", List.of(BIGINT)).returnType()).isEqualTo(NUMERIC);
        assertThat(REGISTRY.resolveAggregate("sum", List.of(REAL)).returnType()).isEqualTo(REAL);
        assertThat(REGISTRY.resolveAggregate("sum", List.of(DOUBLE)).returnType()).isEqualTo(DOUBLE);
        assertThat(REGISTRY.resolveAggregate("avg", List.of(INTEGER)).returnType()).isEqualTo(NUMERIC);
        assertThat(REGISTRY.resolveAggregate("avg", List.of(REAL)).returnType()).isEqualTo(DOUBLE);
        assertThat(REGISTRY.resolveAggregate("max", List.of(SqlType.varchar(5))).returnType()).isEqualTo(TEXT);
        assertThat(REGISTRY.resolveAggregate("min", List.of(SqlType.DATE)).returnType()).isEqualTo(SqlType.DATE);
        assertThat(REGISTRY.resolveAggregate("variance", List.of(INTEGER)).returnType()).isEqualTo(NUMERIC);
        assertThat(REGISTRY.resolveAggregate("stddev", List.of(DOUBLE)).returnType()).isEqualTo(DOUBLE);
        assertThat(REGISTRY.isAggregate("COUNT")).isTrue();
        assertThat(REGISTRY.isAggregate("lower")).isFalse();
        assertThatThrownBy(() -> REGISTRY.resolveAggregate("sum", List.of(TEXT)))
                .hasMessage("function sum(text) does not exist");
    }

    @Test
    void countSkipsNullsAndCountStarDoesNot() {
        Accumulator star = REGISTRY.resolveAggregate("count", List.of()).newAccumulator();
        star.add(new Object[0]);
        star.add(new Object[0]);
        assertThat(star.result()).isEqualTo(2L);
        assertThat(aggregate("count", INTEGER, 1, null, 3)).isEqualTo(2L);
        assertThat(aggregate("count", INTEGER)).isEqualTo(0L);
    }

    @Test
    void sumsAndAverages() {
        assertThat(aggregate("sum", INTEGER, 1, null, 2)).isEqualTo(3L);
        assertThat(aggregate("sum", INTEGER)).isNull();
        assertThat(aggregate("sum", INTEGER, (Object) null)).isNull();
        assertThat(aggregate("sum", BIGINT, Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(decimal("18446744073709551614"));
        assertThat(text(aggregate("sum", NUMERIC, decimal("1.5"), decimal("2.25"), decimal("3")))).isEqualTo("6.75");
        assertThat(text(aggregate("avg", INTEGER, 1, 2))).isEqualTo("1.5000000000000000");
        assertThat(text(aggregate("avg", BIGINT, 1L, 2L, 2L))).isEqualTo("1.6666666666666667");
        assertThat(text(aggregate("avg", NUMERIC, decimal("1.5"), decimal("2.25"), decimal("3")))).isEqualTo("2.2500000000000000");
        assertThat(aggregate("avg", REAL, 1f, 2f)).isEqualTo(1.5);
        assertThat(aggregate("sum", REAL, 1f, 2f)).isEqualTo(3f);
        assertThat(aggregate("avg", INTEGER)).isNull();
        assertThat(text(aggregate("avg", INTERVAL, "1 day", "2 days"))).isEqualTo("1 day 12:00:00");
    }

    @Test
    void minMaxStringAggBooleans() {
        assertThat(aggregate("min", INTEGER, 3, null, 1, 2)).isEqualTo(1);
        assertThat(aggregate("max", TEXT, "b", "a", "c")).isEqualTo("c");
        assertThat(aggregate("max", INTEGER)).isNull();
        AggregateFunctionBinding stringAgg = REGISTRY.resolveAggregate("string_agg", List.of(TEXT, SqlType.UNKNOWN));
        Accumulator accumulator = stringAgg.newAccumulator();
        accumulator.add(new Object[] {"a", ","});
        accumulator.add(new Object[] {null, ","});
        accumulator.add(new Object[] {"b", ","});
        assertThat(accumulator.result()).isEqualTo("a,b");
        assertThat(stringAgg.newAccumulator().result()).isNull();
        assertThat(aggregate("bool_and", BOOLEAN, true, null, false)).isEqualTo(false);
        assertThat(aggregate("every", BOOLEAN, true, true)).isEqualTo(true);
        assertThat(aggregate("bool_or", BOOLEAN, false, null, true)).isEqualTo(true);
        assertThat(aggregate("bool_or", BOOLEAN)).isNull();
        assertThat(aggregate("bit_and", INTEGER, 12, null, 10)).isEqualTo(8);
        assertThat(aggregate("bit_or", INTEGER, 12, 10)).isEqualTo(14);
    }

    @Test
    void varianceFamily() {
        assertThat(text(aggregate("variance", INTEGER, 1, 2, 3, 4))).isEqualTo("1.6666666666666667");
        assertThat(text(aggregate("stddev", INTEGER, 1, 2, 3, 4))).isEqualTo("1.2909944487358056");
        assertThat(text(aggregate("var_pop", INTEGER, 1, 2, 3, 4))).isEqualTo("1.2500000000000000");
        assertThat(text(aggregate("stddev_pop", INTEGER, 1, 2, 3, 4))).isEqualTo("1.1180339887498948");
        assertThat(text(aggregate("variance", NUMERIC, decimal("1.5"), decimal("2.25"), decimal("3"))))
                .isEqualTo("0.56250000000000000000");
        assertThat(text(aggregate("stddev", NUMERIC, decimal("1.5"), decimal("2.25"), decimal("3"))))
                .isEqualTo("0.75000000000000000000");
        assertThat(aggregate("variance", DOUBLE, 1.5, 2.25, 3.0)).isEqualTo(0.5625);
        assertThat(aggregate("stddev", DOUBLE, 1.5, 2.25, 3.0)).isEqualTo(0.75);
        assertThat(aggregate("variance", INTEGER, 1)).isNull();
        assertThat(aggregate("stddev_samp", INTEGER, 1)).isNull();
        assertThat(text(aggregate("var_pop", INTEGER, 1))).isEqualTo("0");
        assertThat(aggregate("var_pop", INTEGER)).isNull();
    }
}
