package io.dosql.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.Bytes;
import io.dosql.core.Interval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void numbersCompareExactlyAcrossWidths() {
        assertThat(Values.compare(1, 2L)).isNegative();
        assertThat(Values.compare((short) 3, 3)).isZero();
        assertThat(Values.compare(new BigDecimal("1.50"), 1.5)).isZero();
        assertThat(Values.compare(2, new BigDecimal("1.999999999999999999999"))).isPositive();
        // 2^53 + 1 is not representable as a double; comparing through double would call these equal.
        assertThat(Values.compare(9007199254740993L, new BigDecimal("9007199254740992"))).isPositive();
        assertThat(Values.compare(0.1f, 0.1)).isNotZero();
    }

    @Test
    void nanSortsAboveEveryNumberAndEqualsItself() {
        assertThat(Values.compare(Double.NaN, Double.POSITIVE_INFINITY)).isPositive();
        assertThat(Values.compare(Double.NaN, Double.NaN)).isZero();
        assertThat(Values.compare(new BigDecimal("1e400"), Double.NaN)).isNegative();
        assertThat(Values.compare(Long.MAX_VALUE, Double.POSITIVE_INFINITY)).isNegative();
        assertThat(Values.equal(-0.0, 0.0)).isTrue();
    }

    @Test
    void textComparesByCodePoint() {
        assertThat(Values.compare("B", "a")).isNegative();
        assertThat(Values.compare("abc", "ab")).isPositive();
        // U+1F600 (a surrogate pair) is above U+FF5E in code-point order, though its first UTF-16 unit is lower.
        assertThat(Values.compare("\uD83D\uDE00", "\uFF5E")).isPositive();
    }

    @Test
    void otherTypesCompare() {
        assertThat(Values.compare(false, true)).isNegative();
        assertThat(Values.compare(LocalDate.of(2024, 1, 1), LocalDateTime.of(2024, 1, 1, 0, 0))).isZero();
        assertThat(Values.compare(LocalDateTime.of(2024, 1, 1, 12, 0),
                OffsetDateTime.of(2024, 1, 1, 13, 0, 0, 0, ZoneOffset.ofHours(2)))).isPositive();
        assertThat(Values.compare(new Interval(1, 0, 0), new Interval(0, 30, 0))).isZero();
        assertThat(Values.compare(new Interval(0, 1, 0), new Interval(0, 0, 86_400_000_000L))).isZero();
        // Spans beyond a long's microseconds still order correctly (178 million years vs 1 day less).
        assertThat(Values.compare(new Interval(Integer.MAX_VALUE, 0, 0), new Interval(Integer.MAX_VALUE, -1, 0))).isPositive();
        assertThat(Values.compare(Bytes.copyOf(new byte[] {(byte) 0xff}), Bytes.copyOf(new byte[] {1}))).isPositive();
        assertThat(Values.compare(UUID.fromString("ffffffff-0000-0000-0000-000000000000"),
                UUID.fromString("00000000-0000-0000-0000-000000000000"))).isPositive();
    }

    @Test
    void hashKeysAgreeWithEquality() {
        assertThat(Values.hashKey(1)).isEqualTo(Values.hashKey(1L)).isEqualTo(Values.hashKey((short) 1))
                .isEqualTo(Values.hashKey(new BigDecimal("1.00"))).isEqualTo(Values.hashKey(1.0));
        assertThat(Values.hashKey(new BigDecimal("2.50"))).isEqualTo(Values.hashKey(2.5));
        assertThat(Values.hashKey(-0.0)).isEqualTo(Values.hashKey(0));
        assertThat(Values.hashKey(new Interval(1, 0, 0))).isEqualTo(Values.hashKey(new Interval(0, 30, 0)));
        assertThat(Values.hashKey(new Interval(0, 1, -3_600_000_000L))).isEqualTo(Values.hashKey(new Interval(0, 0, 82_800_000_000L)));
        assertThat(Values.hashKey(LocalDate.of(2024, 1, 1))).isEqualTo(Values.hashKey(LocalDateTime.of(2024, 1, 1, 0, 0)));
        assertThat(Values.hashKey("a")).isNotEqualTo(Values.hashKey("A"));
        assertThat(Values.hashKey(null)).isNull();
    }
}
