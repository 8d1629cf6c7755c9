package io.dosql.engine.function;

import static io.dosql.core.SqlType.BOOLEAN;
import static io.dosql.core.SqlType.BYTEA;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.TEXT;
import static io.dosql.core.SqlType.UNKNOWN;
import static io.dosql.engine.function.FunctionCalls.call;
import static io.dosql.engine.function.FunctionCalls.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.engine.value.RegexCache;
import org.junit.jupiter.api.Test;

/** Expected values were checked against PostgreSQL 15. */
class RegexAndBinaryFunctionsTest {
    @Test
    void similarToEscapeBuildsAnchoredRegexes() {
        assertThat(call("similar_to_escape", UNKNOWN, "abc%")).isEqualTo("^(?:abc.*)$");
        assertThat(call("similar_to_escape", UNKNOWN, "a_c(d|e)[x.y]\\.^$")).isEqualTo("^(?:a.c(?:d|e)[x.y]\\.\\^\\$)$");
        assertThat(call("similar_to_escape", UNKNOWN, "a#%b", UNKNOWN, "#")).isEqualTo("^(?:a\\%b)$");
        assertThat(call("similar_to_escape", UNKNOWN, "a%", UNKNOWN, "")).isEqualTo("^(?:a.*)$");
        // 'abc' SIMILAR TO 'a(b|x)c' and 'abd' SIMILAR TO '%(b|d)%' are both true.
        String regex = (String) call("similar_to_escape", UNKNOWN, "a(b|x)c");
        assertThat(RegexCache.compile(regex, false).matcher("abc").find()).isTrue();
        assertThat(RegexCache.compile((String) call("similar_to_escape", UNKNOWN, "%(b|d)%"), false)
                .matcher("abd").find()).isTrue();
    }

    @Test
    void postgres15RegexFunctions() {
        assertThat(call("regexp_like", TEXT, "abc", UNKNOWN, "B", UNKNOWN, "i")).isEqualTo(true);
        assertThat(call("regexp_count", TEXT, "abcabc", UNKNOWN, "b")).isEqualTo(2);
        assertThat(call("regexp_substr", TEXT, "abcabc", UNKNOWN, "b.", INTEGER, 1, INTEGER, 2)).isEqualTo("bc");
        assertThat(call("regexp_instr", TEXT, "abcabc", UNKNOWN, "c")).isEqualTo(3);
        assertThat(call("regexp_substr", TEXT, "abc", UNKNOWN, "z")).isNull();
        assertThatThrownBy(() -> call("regexp_like", TEXT, "a", UNKNOWN, "(")).isInstanceOf(io.dosql.core.DoSqlException.class)
                .satisfies(e -> assertThat(((io.dosql.core.DoSqlException) e).sqlState()).isEqualTo("2201B"));
    }

    @Test
    void encodeAndDecode() {
        assertThat(call("encode", BYTEA, "\\x0aff", UNKNOWN, "hex")).isEqualTo("0aff");
        assertThat(call("encode", BYTEA, "hello", UNKNOWN, "base64")).isEqualTo("aGVsbG8=");
        assertThat(call("encode", BYTEA, "a\\\\b", UNKNOWN, "escape")).isEqualTo("a\\\\b");
        assertThat(text("decode", UNKNOWN, "0aff", UNKNOWN, "hex")).isEqualTo("\\x0aff");
        assertThat(text("decode", UNKNOWN, "aGVsbG8=", UNKNOWN, "base64")).isEqualTo("\\x68656c6c6f");
        assertThatThrownBy(() -> call("encode", BYTEA, "x", UNKNOWN, "rot13")).hasMessage("unrecognized encoding: \"rot13\"");
    }

    @Test
    void currentSetting() {
        assertThat(call("current_setting", UNKNOWN, "DateStyle")).isEqualTo("ISO, MDY");
        assertThat(call("current_setting", UNKNOWN, "nope", BOOLEAN, true)).isNull();
        assertThatThrownBy(() -> call("current_setting", UNKNOWN, "nope"))
                .hasMessage("unrecognized configuration parameter \"nope\"");
        assertThat(call("current_setting", TEXT, "server_version_num")).isEqualTo("150000");
    }
}
