package io.dosql.engine.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.Bytes;
import io.dosql.core.DoSqlException;
import io.dosql.core.Interval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueCodecTest {
    @Test
    void everyValueClassRoundTrips() {
        Object[] row = {null, (short) -7, Integer.MIN_VALUE, Long.MAX_VALUE, -0.0f, Double.NaN,
                new BigDecimal("-12345678901234567890.123400"), "ünïcödé 𝄞", true, false,
                Bytes.copyOf(new byte[] {0, -1, 127}), LocalDate.of(-4000, 1, 1), LocalTime.of(23, 59, 59, 999_999_000),
                LocalDateTime.of(2024, 2, 29, 1, 2, 3, 4000), OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                new Interval(-14, 3, -1_000_001L), UUID.randomUUID(), LocalDate.MAX, LocalDate.MIN,
                new io.dosql.core.Json("{\"k\": [1, null]}")};
        Object[] decoded = ValueCodec.decodeRow(ValueCodec.encodeRow(row), "test");
        assertThat(decoded).containsExactly(row);
        assertThat(((BigDecimal) decoded[6]).scale()).isEqualTo(6);
        assertThat(Float.floatToRawIntBits((Float) decoded[4])).isEqualTo(Float.floatToRawIntBits(-0.0f));
    }

    @Test
    void decodingSomeColumnsSkipsTheOthersOfEveryClass() {
        Object[] row = {null, (short) -7, Integer.MIN_VALUE, Long.MAX_VALUE, -0.0f, Double.NaN,
                new BigDecimal("-12345678901234567890.123400"), "ünïcödé 𝄞", true, "ascii",
                Bytes.copyOf(new byte[] {0, -1, 127}), LocalDate.of(-4000, 1, 1), LocalTime.of(23, 59, 59, 999_999_000),
                LocalDateTime.of(2024, 2, 29, 1, 2, 3, 4000), OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                new Interval(-14, 3, -1_000_001L), UUID.randomUUID(), new io.dosql.core.Json("{\"k\": [1, null]}"), 42};
        byte[] encoded = ValueCodec.encodeRow(row);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            boolean[] wanted = new boolean[trial < row.length ? row.length : random.nextInt(row.length + 3)];
            if (trial < row.length) {
                wanted[trial] = true; // each column alone, then random sets (shorter or longer than the row)
            } else {
                for (int index = 0; index < wanted.length; index++) {
                    wanted[index] = random.nextBoolean();
                }
            }
            Object[] decoded = ValueCodec.decodeColumns(encoded, wanted, "test");
            assertThat(decoded).hasSize(row.length);
            for (int index = 0; index < row.length; index++) {
                boolean asked = index < wanted.length && wanted[index];
                assertThat(decoded[index]).as("column %d of trial %d", index, trial).isEqualTo(asked ? row[index] : null);
            }
        }
    }

    @Test
    void encodedRowLengthIsTheEncodedSize() {
        Object[][] rows = {
            {},
            {null},
            {0, -1, 63, -64, 64, Integer.MAX_VALUE, Integer.MIN_VALUE},
            {0L, Long.MAX_VALUE, Long.MIN_VALUE, -8_000_000_000L, 1L << 56},
            {"", "ascii text", "x".repeat(200), "x".repeat(20_000)},
            {"ünïcödé 𝄞", 1, "ascii"},
            {"\ud800 unpaired", 2L},
            {new BigDecimal("1.5"), 3, "a", null},
            {(short) 5, true, Double.NaN},
        };
        for (Object[] row : rows) {
            byte[] encoded = ValueCodec.encodeRow(row);
            assertThat(ValueCodec.encodedRowLength(row)).as(java.util.Arrays.toString(row))
                    .isEqualTo(encoded.length);
            io.dosql.btree.ByteWriter expected = new io.dosql.btree.ByteWriter();
            expected.writeVarInt(encoded.length);
            expected.writeBytes(encoded);
            io.dosql.btree.ByteWriter direct = new io.dosql.btree.ByteWriter();
            ValueCodec.writeRowWithLength(row, direct);
            assertThat(direct.toByteArray()).as(java.util.Arrays.toString(row)).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void unknownClassesAreInternalErrorsNamingTheClass() {
        assertThatThrownBy(() -> ValueCodec.encodeRow(new Object[] {new StringBuilder("x")}))
                .isInstanceOf(DoSqlException.class)
                .hasMessageContaining("java.lang.StringBuilder")
                .satisfies(error -> assertThat(((DoSqlException) error).sqlState()).isEqualTo("XX000"));
    }

    @Test
    void truncatedBytesAreCorruption() {
        byte[] bytes = ValueCodec.encodeRow(new Object[] {"a long enough string"});
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        assertThatThrownBy(() -> ValueCodec.decodeRow(cut, "test"))
                .isInstanceOf(DoSqlException.class)
                .satisfies(error -> assertThat(((DoSqlException) error).sqlState()).isEqualTo("XX001"));
    }
}
