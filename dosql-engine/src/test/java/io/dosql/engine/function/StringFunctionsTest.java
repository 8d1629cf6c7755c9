package io.dosql.engine.function;

import static io.dosql.core.SqlType.BIGINT;
import static io.dosql.core.SqlType.BOOLEAN;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.TEXT;
import static io.dosql.core.SqlType.UNKNOWN;
import static io.dosql.engine.function.FunctionCalls.call;
import static io.dosql.engine.function.FunctionCalls.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.SqlType;
import org.junit.jupiter.api.Test;

/** Expected values were checked against PostgreSQL 15. */
class StringFunctionsTest {
    @Test
    void lengthsAndCase() {
        assertThat(call("length", TEXT, "é")).isEqualTo(1);
        assertThat(call("char_length", SqlType.varchar(10), "abc")).isEqualTo(3);
        assertThat(call("octet_length", TEXT, "é")).isEqualTo(2);
        assertThat(call("lower", TEXT, "ÀB")).isEqualTo("àb");
        assertThat(call("upper", UNKNOWN, "àb")).isEqualTo("ÀB");
        // one code point at a time, as PostgreSQL 15 answers (no length-changing special casing)
        assertThat(call("upper", TEXT, "straße ǆ ﬁ")).isEqualTo("STRAßE Ǆ ﬁ");
        assertThat(call("lower", TEXT, "İSTANBUL ΣΑΣ")).isEqualTo("istanbul σασ");
        assertThat(call("initcap", TEXT, "hello wORLD-foo bar_baz")).isEqualTo("Hello World-Foo Bar_Baz");
        assertThat(call("length", TEXT, null)).isNull();
    }

    @Test
    void substringsAndPositions() {
        assertThat(call("substr", TEXT, "hello", INTEGER, 2)).isEqualTo("ello");
        assertThat(call("substr", TEXT, "hello", INTEGER, 0, INTEGER, 3)).isEqualTo("he");
        assertThat(call("substr", TEXT, "hello", INTEGER, -1, INTEGER, 3)).isEqualTo("h");
        assertThat(call("substring", TEXT, "hello", INTEGER, 2, INTEGER, 2)).isEqualTo("el");
        assertThatThrownBy(() -> call("substr", TEXT, "hello", INTEGER, 2, INTEGER, -1))
                .hasMessage("negative substring length not allowed");
        assertThat(call("position", TEXT, "l", TEXT, "hello")).isEqualTo(3);
        assertThat(call("strpos", TEXT, "hello", TEXT, "lo")).isEqualTo(4);
        assertThat(call("strpos", TEXT, "hello", TEXT, "z")).isEqualTo(0);
        assertThat(call("left", TEXT, "hello", INTEGER, -2)).isEqualTo("hel");
        assertThat(call("right", TEXT, "hello", INTEGER, -2)).isEqualTo("llo");
        assertThat(call("left", TEXT, "hello", INTEGER, 2)).isEqualTo("he");
        assertThat(call("split_part", TEXT, "a,b,c", TEXT, ",", INTEGER, 2)).isEqualTo("b");
        assertThat(call("split_part", TEXT, "a,b,c", TEXT, ",", INTEGER, -1)).isEqualTo("c");
        assertThat(call("split_part", TEXT, "a,b,c", TEXT, ",", INTEGER, 5)).isEqualTo("");
        assertThat(call("starts_with", TEXT, "hello", TEXT, "he")).isEqualTo(true);
    }

    @Test
    void paddingTrimmingRepeating() {
        assertThat(call("lpad", TEXT, "hi", INTEGER, 5)).isEqualTo("   hi");
        assertThat(call("lpad", TEXT, "hi", INTEGER, 5, TEXT, "xy")).isEqualTo("xyxhi");
        assertThat(call("lpad", TEXT, "hello", INTEGER, 3)).isEqualTo("hel");
        assertThat(call("rpad", TEXT, "hi", INTEGER, 5, TEXT, "xy")).isEqualTo("hixyx");
        assertThat(call("btrim", TEXT, "xxhixx", TEXT, "x")).isEqualTo("hi");
        assertThat(call("ltrim", TEXT, "  hi ")).isEqualTo("hi ");
        assertThat(call("rtrim", TEXT, " hi  ")).isEqualTo(" hi");
        assertThat(call("repeat", TEXT, "ab", INTEGER, 3)).isEqualTo("ababab");
        assertThat(call("repeat", TEXT, "ab", INTEGER, -1)).isEqualTo("");
        assertThat(call("reverse", TEXT, "abc")).isEqualTo("cba");
        assertThat(call("replace", TEXT, "abcabc", TEXT, "b", TEXT, "X")).isEqualTo("aXcaXc");
        assertThat(call("translate", TEXT, "12345", TEXT, "143", TEXT, "ax")).isEqualTo("a2x5");
        assertThat(call("overlay", TEXT, "abcdef", TEXT, "XY", INTEGER, 2)).isEqualTo("aXYdef");
        assertThat(call("overlay", TEXT, "abcdef", TEXT, "XY", INTEGER, 2, INTEGER, 4)).isEqualTo("aXYf");
    }

    @Test
    void concatenationAndFormat() {
        assertThat(call("concat", UNKNOWN, "a", UNKNOWN, null, INTEGER, 1, BOOLEAN, true)).isEqualTo("a1t");
        assertThat(call("concat_ws", UNKNOWN, ",", UNKNOWN, "a", UNKNOWN, null, UNKNOWN, "b")).isEqualTo("a,b");
        assertThat(call("concat_ws", TEXT, null, TEXT, "a")).isNull();
        assertThat(call("format", UNKNOWN, "%s-%I-%L", UNKNOWN, "x", UNKNOWN, "Foo", UNKNOWN, "it's"))
                .isEqualTo("x-\"Foo\"-'it''s'");
        assertThat(call("format", UNKNOWN, "%L", UNKNOWN, null)).isEqualTo("NULL");
        assertThat(call("format", UNKNOWN, "%3s|%-3s|", UNKNOWN, "a", UNKNOWN, "b")).isEqualTo("  a|b  |");
        assertThat(call("format", UNKNOWN, "%1$s %1$s", UNKNOWN, "x")).isEqualTo("x x");
        assertThatThrownBy(() -> call("format", UNKNOWN, "%s %s", UNKNOWN, "x")).hasMessage("too few arguments for format()");
    }

    @Test
    void encodingAndRegularExpressions() {
        assertThat(call("md5", TEXT, "abc")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(call("ascii", TEXT, "A")).isEqualTo(65);
        assertThat(call("chr", INTEGER, 65)).isEqualTo("A");
        assertThatThrownBy(() -> call("chr", INTEGER, 0)).hasMessage("null character not permitted");
        assertThatThrownBy(() -> call("chr", INTEGER, -1)).hasMessage("character number must be positive");
        assertThatThrownBy(() -> call("lpad", TEXT, "x", INTEGER, Integer.MAX_VALUE)).hasMessage("requested length too large");
        assertThatThrownBy(() -> call("repeat", TEXT, "ab", INTEGER, Integer.MAX_VALUE)).hasMessage("requested length too large");
        assertThat(call("to_hex", INTEGER, 255)).isEqualTo("ff");
        assertThat(call("to_hex", INTEGER, -1)).isEqualTo("ffffffff");
        assertThat(call("to_hex", BIGINT, -1L)).isEqualTo("ffffffffffffffff");
        assertThat(call("regexp_replace", TEXT, "foobarbaz", TEXT, "b..", TEXT, "X")).isEqualTo("fooXbaz");
        assertThat(call("regexp_replace", TEXT, "foobarbaz", TEXT, "b(..)", TEXT, "X\\1Y", TEXT, "g"))
                .isEqualTo("fooXarYXazY");
        assertThat(text("regexp_replace", TEXT, "ABC", TEXT, "b", TEXT, "-", TEXT, "i")).isEqualTo("A-C");
        assertThat(call("regexp_replace", TEXT, "foobarbaz", TEXT, "a", TEXT, "X", INTEGER, 5)).isEqualTo("foobXrbaz");
        assertThat(call("regexp_replace", TEXT, "week", TEXT, "", TEXT, "x", INTEGER, 65, INTEGER, 1)).isEqualTo("week");
        assertThatThrownBy(() -> call("regexp_replace", TEXT, "a", TEXT, "a", TEXT, "b", TEXT, "z"))
                .hasMessage("invalid regular expression option: \"z\"");
        assertThat(call("regexp_replace", TEXT, "foobarbaz", TEXT, "a", TEXT, "X", INTEGER, 1, INTEGER, 2)).isEqualTo("foobarbXz");
        assertThat(call("substring", TEXT, "foobar", UNKNOWN, "o(b.)")).isEqualTo("ba");
        assertThat(call("substring", TEXT, "foobar", UNKNOWN, "x")).isNull();
        assertThat(call("quote_literal", INTEGER, 42)).isEqualTo("'42'");
    }
}
