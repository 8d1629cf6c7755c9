package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteWriterReaderTest {
    @Test
    void everyKindRoundTrips() {
        ByteWriter out = new ByteWriter(1);
        long[] longs = {0, 1, -1, 127, 128, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 35};
        int[] ints = {0, 1, -1, 127, 128, 16383, 16384, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (long value : longs) {
            out.writeVarLong(value);
            out.writeLong(value);
        }
        for (int value : ints) {
            out.writeVarInt(value);
            out.writeInt(value);
        }
        out.writeByte(0xAB);
        out.writeDouble(-2.5);
        out.writeFloat(3.25f);
        out.writeString("héllo ✓");
        out.writeBytes(new byte[] {9, 8, 7, 6}, 1, 2);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).hasSize(out.size());

        ByteReader in = new ByteReader(bytes);
        for (long value : longs) {
            assertThat(in.readVarLong()).isEqualTo(value);
            assertThat(in.readLong()).isEqualTo(value);
        }
        for (int value : ints) {
            assertThat(in.readVarInt()).isEqualTo(value);
            assertThat(in.readInt()).isEqualTo(value);
        }
        assertThat(in.readByte()).isEqualTo((byte) 0xAB);
        assertThat(in.readDouble()).isEqualTo(-2.5);
        assertThat(in.readFloat()).isEqualTo(3.25f);
        assertThat(in.readString()).isEqualTo("héllo ✓");
        assertThat(in.readBytes(2)).containsExactly(8, 7);
        assertThat(in.remaining()).isZero();
        assertThatThrownBy(in::readByte).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void varIntSizesMatchTheEncoding() {
        ByteWriter out = new ByteWriter();
        for (int value : new int[] {0, 127, 128, 16383, 16384, 2097151, 2097152, -1}) {
            out.reset();
            out.writeVarInt(value);
            assertThat(PageFormat.varIntSize(value)).as("size of %d", value).isEqualTo(out.size());
        }
    }

    @Test
    void readerOverASliceStopsAtItsEnd() {
        ByteReader in = new ByteReader(new byte[] {1, 2, 3, 4, 5}, 1, 3);
        assertThat(in.readByte()).isEqualTo((byte) 2);
        assertThat(in.remaining()).isEqualTo(2);
        assertThatThrownBy(in::readInt).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
