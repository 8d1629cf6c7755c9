package io.dosql.engine.function;

import static io.dosql.core.SqlType.BIGINT;
import static io.dosql.core.SqlType.DOUBLE;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.NUMERIC;
import static io.dosql.core.SqlType.SMALLINT;
import static io.dosql.engine.function.FunctionCalls.call;
import static io.dosql.engine.function.FunctionCalls.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.core.SqlType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values were checked against PostgreSQL 15. */
class MathFunctionsTest {
    private static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    private static SqlType returnType(String name, SqlType... arguments) {
        return FunctionRegistry.builtin().resolveScalar(name, List.of(arguments)).returnType();
    }

    @Test
    void roundingFunctions() {
        assertThat(text("round", NUMERIC, decimal("2.5"))).isEqualTo("3");
        assertThat(text("round", NUMERIC, decimal("-2.5"))).isEqualTo("-3");
        assertThat(text("round", DOUBLE, 2.5)).isEqualTo("2");
        assertThat(text("round", NUMERIC, decimal("3.14159"), INTEGER, 2)).isEqualTo("3.14");
        assertThat(text("round", NUMERIC, decimal("1234.5"), INTEGER, -2)).isEqualTo("1200");
        assertThat(text("trunc", NUMERIC, decimal("-2.7"))).isEqualTo("-2");
        assertThat(text("trunc", NUMERIC, decimal("3.14159"), INTEGER, 3)).isEqualTo("3.141");
        assertThat(text("ceil", NUMERIC, decimal("-1.5"))).isEqualTo("-1");
        assertThat(text("floor", NUMERIC, decimal("-1.5"))).isEqualTo("-2");
        assertThat(returnType("ceil", INTEGER)).isEqualTo(DOUBLE);
        assertThat(returnType("round", INTEGER)).isEqualTo(DOUBLE);
        assertThat(returnType("round", SqlType.UNKNOWN)).isEqualTo(DOUBLE);
    }

    @Test
    void absSignModDiv() {
        assertThat(call("abs", INTEGER, -3)).isEqualTo(3);
        assertThat(text("abs", NUMERIC, decimal("-3.5"))).isEqualTo("3.5");
        assertThatThrownBy(() -> call("abs", INTEGER, Integer.MIN_VALUE)).hasMessage("integer out of range");
        assertThat(call("sign", INTEGER, -3)).isEqualTo(-1.0);
        assertThat(returnType("sign", INTEGER)).isEqualTo(DOUBLE);
        assertThat(call("mod", INTEGER, -7, INTEGER, 3)).isEqualTo(-1);
        assertThat(returnType("mod", SMALLINT, SMALLINT)).isEqualTo(SMALLINT);
        assertThat(text("div", NUMERIC, decimal("7.5"), INTEGER, 2)).isEqualTo("3");
        assertThatThrownBy(() -> call("mod", INTEGER, 1, INTEGER, 0)).hasMessage("division by zero");
    }

    @Test
    void powersAndLogarithms() {
        assertThat(text("log", INTEGER, 100)).isEqualTo("2");
        assertThat(returnType("log", INTEGER)).isEqualTo(DOUBLE);
        assertThat(text("log", INTEGER, 2, INTEGER, 8)).isEqualTo("3.0000000000000000");
        assertThat(text("ln", INTEGER, 10)).isEqualTo("2.302585092994046");
        assertThat(text("ln", NUMERIC, decimal("2"))).isEqualTo("0.6931471805599453");
        assertThat(text("log10", INTEGER, 1000)).isEqualTo("3");
        assertThat(text("exp", INTEGER, 1)).isEqualTo("2.718281828459045");
        assertThat(text("exp", NUMERIC, decimal("1"))).isEqualTo("2.7182818284590452");
        assertThat(text("power", INTEGER, 2, INTEGER, 10)).isEqualTo("1024");
        assertThat(returnType("power", INTEGER, INTEGER)).isEqualTo(DOUBLE);
        assertThat(text("sqrt", INTEGER, 16)).isEqualTo("4");
        assertThat(text("sqrt", NUMERIC, decimal("2"))).isEqualTo("1.414213562373095");
        assertThat(text("pi")).isEqualTo("3.141592653589793");
        assertThat(text("degrees", DOUBLE, Math.PI)).isEqualTo("180");
        assertThatThrownBy(() -> call("ln", INTEGER, 0)).hasMessage("cannot take logarithm of zero")
                .satisfies(e -> assertThat(((DoSqlException) e).sqlState()).isEqualTo("2201E"));
        assertThatThrownBy(() -> call("sqrt", INTEGER, -1)).hasMessage("cannot take square root of a negative number");
        assertThatThrownBy(() -> call("asin", INTEGER, 2)).hasMessage("input is out of range");
    }

    @Test
    void gcdLcmAndRandom() {
        assertThat(call("gcd", INTEGER, 12, INTEGER, 18)).isEqualTo(6);
        assertThat(call("lcm", INTEGER, 4, INTEGER, 6)).isEqualTo(12);
        assertThat(call("gcd", BIGINT, 12L, BIGINT, 18L)).isEqualTo(6L);
        // PostgreSQL's numeric gcd/lcm accept fractions.
        assertThat(text("gcd", NUMERIC, decimal("12.345"), NUMERIC, decimal("7"))).isEqualTo("0.005");
        assertThat(text("lcm", NUMERIC, decimal("3.14159"), NUMERIC, decimal("-7.5"))).isEqualTo("2356192.50000");
        assertThat(text("round", NUMERIC, decimal("1234.5"), INTEGER, Integer.MIN_VALUE)).isEqualTo("0");
        assertThat(text("round", NUMERIC, decimal("1"), INTEGER, Integer.MAX_VALUE)).hasSize(16385);
        assertThat(text("degrees", DOUBLE, 3.7)).isEqualTo("211.9943841984046");
        assertThatThrownBy(() -> call("exp", DOUBLE, 1e10)).hasMessage("value out of range: overflow");
        assertThatThrownBy(() -> call("power", DOUBLE, 0.25, DOUBLE, 1e10)).hasMessage("value out of range: underflow");
        assertThat((Double) call("random")).isBetween(0.0, 1.0);
        assertThat(FunctionRegistry.builtin().resolveScalar("random", List.of()).volatile_()).isTrue();
    }

    @Test
    void unknownFunctionsRaise42883() {
        assertThatThrownBy(() -> call("foo", INTEGER, 1)).hasMessage("function foo(integer) does not exist")
                .satisfies(e -> {
                    DoSqlException error = (DoSqlException) e;
                    assertThat(error.sqlState()).isEqualTo("42883");
                    assertThat(error.hint()).contains(
                            "No function matches the given name and argument types. You might need to add explicit type casts.");
                });
        assertThatThrownBy(() -> call("sqrt", SqlType.TEXT, "4")).hasMessage("function sqrt(text) does not exist");
    }
}
