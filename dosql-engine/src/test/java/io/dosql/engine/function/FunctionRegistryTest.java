package io.dosql.engine.function;

import static io.dosql.core.SqlType.BIGINT;
import static io.dosql.core.SqlType.DOUBLE;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.NUMERIC;
import static io.dosql.core.SqlType.TEXT;
import static io.dosql.core.SqlType.UNKNOWN;
import static io.dosql.engine.function.FunctionCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionRegistryTest {
    private static final FunctionRegistry REGISTRY = FunctionRegistry.builtin();

    @Test
    void overloadResolutionPrefersExactThenPreferredTypes() {
        assertThat(REGISTRY.resolveScalar("abs", List.of(BIGINT)).returnType()).isEqualTo(BIGINT);
        assertThat(REGISTRY.resolveScalar("abs", List.of(SqlType.numeric(10, 2))).returnType()).isEqualTo(NUMERIC);
        // integer reaches both numeric and float8 implicitly; PostgreSQL picks the preferred float8.
        assertThat(REGISTRY.resolveScalar("sqrt", List.of(INTEGER)).returnType()).isEqualTo(DOUBLE);
        assertThat(REGISTRY.resolveScalar("round", List.of(NUMERIC, INTEGER)).parameterTypes()).containsExactly(NUMERIC, INTEGER);
        assertThat(REGISTRY.resolveScalar("length", List.of(UNKNOWN)).parameterTypes()).containsExactly(TEXT);
        assertThat(REGISTRY.resolveScalar("LOWER", List.of(SqlType.varchar(3))).name()).isEqualTo("lower");
        assertThat(REGISTRY.resolveScalar("lower", List.of(TEXT)).strict()).isTrue();
    }

    @Test
    void anyTypedParametersKeepTheArgumentType() {
        ScalarFunctionBinding concat = REGISTRY.resolveScalar("concat", List.of(INTEGER, UNKNOWN));
        assertThat(concat.parameterTypes()).containsExactly(INTEGER, TEXT);
        assertThat(concat.strict()).isFalse();
        assertThat(REGISTRY.resolveScalar("concat", List.of()).returnType()).isEqualTo(TEXT);
    }

    @Test
    void pgTypeofReportsTheStaticType() {
        assertThat(call("pg_typeof", INTEGER, 1)).isEqualTo("integer");
        assertThat(call("pg_typeof", SqlType.varchar(5), null)).isEqualTo("character varying");
        assertThat(call("pg_typeof", UNKNOWN, null)).isEqualTo("unknown");
        assertThat(call("pg_typeof", SqlType.TIMESTAMPTZ, null)).isEqualTo("timestamp with time zone");
    }

    @Test
    void systemFunctions() {
        assertThat(call("version")).isEqualTo("PostgreSQL 15.0 (DoSQL 0.1)");
        assertThat(call("current_schema")).isEqualTo("public");
        assertThat(call("current_user")).isEqualTo("dosql");
        assertThat(call("num_nulls", INTEGER, 1, UNKNOWN, null, TEXT, "a")).isEqualTo(1);
        assertThat(call("num_nonnulls", INTEGER, 1, UNKNOWN, null)).isEqualTo(1);
        java.util.UUID uuid = (java.util.UUID) call("gen_random_uuid");
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void windowFunctionNamesAndTypes() {
        assertThat(REGISTRY.isWindowFunction("row_number")).isTrue();
        assertThat(REGISTRY.isWindowFunction("sum")).isFalse();
        assertThat(REGISTRY.windowResultType("rank", List.of())).isEqualTo(BIGINT);
        assertThat(REGISTRY.windowResultType("ntile", List.of(INTEGER))).isEqualTo(INTEGER);
        assertThat(REGISTRY.windowResultType("percent_rank", List.of())).isEqualTo(DOUBLE);
        assertThat(REGISTRY.windowResultType("lag", List.of(NUMERIC, INTEGER))).isEqualTo(NUMERIC);
        assertThat(REGISTRY.windowResultType("first_value", List.of(UNKNOWN))).isEqualTo(TEXT);
        assertThatThrownBy(() -> REGISTRY.windowResultType("lag", List.of())).hasMessage("function lag() does not exist");
    }

    @Test
    void coalesceFamilyIsNotRegistered() {
        assertThat(REGISTRY.isScalar("coalesce")).isFalse();
        assertThat(REGISTRY.isScalar("greatest")).isFalse();
    }
}
