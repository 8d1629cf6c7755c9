package io.dosql.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import org.junit.jupiter.api.Test;

class LikeMatcherTest {
    @Test
    void wildcardsAndEscapes() {
        assertThat(LikeMatcher.compile("a%").matches("abc")).isTrue();
        assertThat(LikeMatcher.compile("a_c").matches("abc")).isTrue();
        assertThat(LikeMatcher.compile("a_c").matches("abbc")).isFalse();
        assertThat(LikeMatcher.compile("a\\%c").matches("a%c")).isTrue();
        assertThat(LikeMatcher.compile("a\\%c").matches("abc")).isFalse();
        assertThat(LikeMatcher.compile("a#_c", "#", false).matches("a_c")).isTrue();
        assertThat(LikeMatcher.compile("a#_c", "#", false).matches("abc")).isFalse();
        assertThat(LikeMatcher.compile("a\\b%", "", false).matches("a\\bxyz")).isTrue();
        assertThat(LikeMatcher.compile("%.*[x]%").matches("a.*[x]b")).isTrue();
        assertThat(LikeMatcher.compile("%line%").matches("first\nline")).isTrue();
        assertThat(LikeMatcher.compile("abc").matches("abc")).isTrue();
        assertThat(LikeMatcher.compile("abc").matches("abcd")).isFalse();
    }

    @Test
    void ilikeIgnoresCase() {
        assertThat(LikeMatcher.compile("a%", null, true).matches("ABC")).isTrue();
        assertThat(LikeMatcher.compile("abc", null, true).matches("ABC")).isTrue();
        assertThat(LikeMatcher.compile("abc", null, false).matches("ABC")).isFalse();
    }

    @Test
    void badEscapesRaise22025() {
        // The error comes when matching reaches the trailing escape with text left, as in PostgreSQL;
        // a mismatch before it is simply false ('B*[' LIKE ')][.\' is false).
        assertThat(LikeMatcher.compile(")][.\\").matches("B*[")).isFalse();
        assertThat(LikeMatcher.compile("a", "a", false).matches("")).isFalse();
        assertThatThrownBy(() -> LikeMatcher.compile("ab\\").matches("abc"))
                .hasMessage("LIKE pattern must not end with escape character")
                .satisfies(e -> assertThat(((DoSqlException) e).sqlState()).isEqualTo("22025"));
        assertThatThrownBy(() -> LikeMatcher.compile("a", "xy", false)).hasMessage("invalid escape string")
                .satisfies(e -> assertThat(((DoSqlException) e).hint()).contains("Escape string must be empty or one character."));
    }
}
