package io.dosql.engine.durable;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.core.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Encodes the engine's values (the classes listed in {@code io.dosql.core.TypeKind}) and rows of them:
 * a tag byte per value (0 for NULL) followed by the value's bytes. Tags are stored on disk, so a tag is
 * never reused for another class; a new value class is one more line in {@link #KINDS}.
 */
public final class ValueCodec {
    private static final int NULL_TAG = 0;
    private static final int SHORT_TAG = 1;
    private static final int INTEGER_TAG = 2;
    private static final int LONG_TAG = 3;
    private static final int STRING_TAG = 7;
    private static final int DATE_TAG = 10;
    private static final int JSON_TAG = 16;

    /** How one value class is stored. */
    private record Kind<T>(int tag, Class<T> type, BiConsumer<ByteSink, T> writer, Function<ByteSource, T> reader) {
        void write(ByteSink out, Object value) {
            writer.accept(out, type.cast(value));
        }
    }

    private static final List<Kind<?>> KINDS = List.of(
            new Kind<>(1, Short.class, (out, v) -> out.writeSignedVarLong(v), in -> (short) in.readSignedVarLong()),
            new Kind<>(2, Integer.class, (out, v) -> out.writeSignedVarLong(v), in -> (int) in.readSignedVarLong()),
            new Kind<>(3, Long.class, ByteSink::writeSignedVarLong, ByteSource::readSignedVarLong),
            new Kind<>(4, Float.class, (out, v) -> out.writeInt(Float.floatToRawIntBits(v)),
                    in -> Float.intBitsToFloat(in.readInt())),
            new Kind<>(5, Double.class, (out, v) -> out.writeLong(Double.doubleToRawLongBits(v)),
                    in -> Double.longBitsToDouble(in.readLong())),
            new Kind<>(6, BigDecimal.class, ValueCodec::writeDecimal, ValueCodec::readDecimal),
            new Kind<>(7, String.class, ByteSink::writeString, ByteSource::readString),
            new Kind<>(8, Boolean.class, (out, v) -> out.writeByte(v ? 1 : 0), in -> in.readByte() != 0),
            new Kind<>(9, Bytes.class, (out, v) -> out.writeBytes(v.toByteArray()), in -> Bytes.copyOf(in.readBytes())),
            new Kind<>(10, LocalDate.class, (out, v) -> out.writeSignedVarLong(v.toEpochDay()),
                    in -> LocalDate.ofEpochDay(in.readSignedVarLong())),
            new Kind<>(11, LocalTime.class, (out, v) -> out.writeVarLong(v.toNanoOfDay()),
                    in -> LocalTime.ofNanoOfDay(in.readVarLong())),
            new Kind<>(12, LocalDateTime.class, ValueCodec::writeDateTime, ValueCodec::readDateTime),
            new Kind<>(13, OffsetDateTime.class, (out, v) -> {
                writeDateTime(out, v.toLocalDateTime());
                out.writeSignedVarLong(v.getOffset().getTotalSeconds());
            }, in -> OffsetDateTime.of(readDateTime(in), ZoneOffset.ofTotalSeconds((int) in.readSignedVarLong()))),
            new Kind<>(14, Interval.class, (out, v) -> {
                out.writeSignedVarLong(v.months());
                out.writeSignedVarLong(v.days());
                out.writeSignedVarLong(v.micros());
            }, in -> new Interval((int) in.readSignedVarLong(), (int) in.readSignedVarLong(), in.readSignedVarLong())),
            new Kind<>(15, UUID.class, (out, v) -> {
                out.writeLong(v.getMostSignificantBits());
                out.writeLong(v.getLeastSignificantBits());
            }, in -> new UUID(in.readLong(), in.readLong())),
            new Kind<>(16, Json.class, (out, v) -> out.writeString(v.text()), in -> new Json(in.readString())));

    private static final Map<Class<?>, Kind<?>> BY_CLASS = new HashMap<>();
    private static final Kind<?>[] BY_TAG = new Kind<?>[256];

    static {
        for (Kind<?> kind : KINDS) {
            if (BY_TAG[kind.tag()] != null || kind.tag() == NULL_TAG || BY_CLASS.containsKey(kind.type())) {
                throw new ExceptionInInitializerError("duplicate value codec tag or class: " + kind);
            }
            BY_CLASS.put(kind.type(), kind);
            BY_TAG[kind.tag()] = kind;
        }
        if (BY_TAG[SHORT_TAG].type() != Short.class || BY_TAG[INTEGER_TAG].type() != Integer.class
                || BY_TAG[LONG_TAG].type() != Long.class || BY_TAG[STRING_TAG].type() != String.class
                || BY_TAG[DATE_TAG].type() != LocalDate.class || BY_TAG[JSON_TAG].type() != Json.class) {
            throw new ExceptionInInitializerError("fast-path tags disagree with KINDS");
        }
    }

    private ValueCodec() {
    }

    static void writeValue(ByteSink out, Object value) {
        if (value == null) {
            out.writeByte(NULL_TAG);
            return;
        }
        // The commonest classes first: a map lookup per value shows in bulk loads.
        if (value instanceof String text) {
            out.writeByte(STRING_TAG);
            out.writeString(text);
            return;
        }
        if (value instanceof Integer number) {
            out.writeByte(INTEGER_TAG);
            out.writeSignedVarLong(number);
            return;
        }
        if (value instanceof Long number) {
            out.writeByte(LONG_TAG);
            out.writeSignedVarLong(number);
            return;
        }
        Kind<?> kind = BY_CLASS.get(value.getClass());
        if (kind == null) {
            throw ErrorCode.INTERNAL_ERROR.exception("no storage codec for value class " + value.getClass().getName());
        }
        out.writeByte(kind.tag());
        kind.write(out, value);
    }

    static Object readValue(ByteSource in) {
        int tag = in.readByte() & 0xFF;
        if (tag == NULL_TAG) {
            return null;
        }
        return kind(tag, in).reader().apply(in);
    }

    private static Kind<?> kind(int tag, ByteSource in) {
        Kind<?> kind = BY_TAG[tag];
        if (kind == null) {
            throw ErrorCode.DATA_CORRUPTED.exception(0, in.origin(), "unknown value tag " + tag);
        }
        return kind;
    }

    static void writeRow(ByteSink out, Object[] row) {
        out.writeVarLong(row.length);
        for (Object value : row) {
            writeValue(out, value);
        }
    }

    static Object[] readRow(ByteSource in) {
        int width = in.readLength();
        Object[] row = new Object[width];
        for (int index = 0; index < width; index++) {
            row[index] = readValue(in);
        }
        return row;
    }

    /** Per-thread scratch for {@link #encodeRow} (rows are encoded once per change; no growth garbage). */
    private static final ThreadLocal<ByteSink> SCRATCH = ThreadLocal.withInitial(() -> new ByteSink(512));

    /** The bytes of one row (for stores that keep rows as byte arrays). */
    public static byte[] encodeRow(Object[] row) {
        ByteSink out = SCRATCH.get();
        out.reset();
        try {
            writeRow(out, row);
            return out.toByteArray();
        } finally {
            if (out.array().length > 1 << 16) {
                SCRATCH.remove(); // a huge row: do not keep its buffer
            }
        }
    }

    /** The number of bytes {@link #writeRow} produces for {@code row} (computed without writing for common values). */
    static int encodedRowLength(Object[] row) {
        int length = commonRowLength(row);
        if (length >= 0) {
            return length;
        }
        ByteSink scratch = SCRATCH.get();
        scratch.reset();
        writeRow(scratch, row);
        return scratch.size();
    }

    /** {@link #encodedRowLength} when every value is null, Integer, Long or an ASCII string; else -1. */
    private static int commonRowLength(Object[] row) {
        int length = varLongSize(row.length);
        for (Object value : row) {
            if (value == null) {
                length += 1;
            } else if (value instanceof Integer number) {
                length += 1 + varLongSize(zigZag(number));
            } else if (value instanceof Long number) {
                length += 1 + varLongSize(zigZag(number));
            } else if (value instanceof String text && isAscii(text)) {
                length += 1 + varLongSize(text.length()) + text.length();
            } else {
                return -1;
            }
        }
        return length;
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    /** Bytes of {@link ByteSink#writeVarLong} for {@code value} (unsigned). */
    private static int varLongSize(long value) {
        int size = 1;
        while ((value & ~0x7FL) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }

    private static boolean isAscii(String text) {
        for (int index = 0; index < text.length(); index++) {
            if (text.charAt(index) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The row's length as a var-int, then its bytes (a tuple in a tree page), through the scratch sink. */
    static void writeRowWithLength(Object[] row, io.dosql.btree.ByteWriter out) {
        int length = commonRowLength(row);
        if (length >= 0) {
            // Common values go straight into the page, in exactly writeRow's encoding.
            out.writeVarInt(length);
            out.writeVarLong(row.length);
            for (Object value : row) {
                if (value == null) {
                    out.writeByte(NULL_TAG);
                } else if (value instanceof Integer number) {
                    out.writeByte(INTEGER_TAG);
                    out.writeVarLong(zigZag(number));
                } else if (value instanceof Long number) {
                    out.writeByte(LONG_TAG);
                    out.writeVarLong(zigZag(number));
                } else {
                    out.writeByte(STRING_TAG);
                    out.writeString((String) value);
                }
            }
            return;
        }
        ByteSink scratch = SCRATCH.get();
        scratch.reset();
        writeRow(scratch, row);
        out.writeVarInt(scratch.size());
        out.writeBytes(scratch.array(), 0, scratch.size());
    }

    /**
     * {@link #decodeRow} with only the columns {@code wanted} marks decoded, the others null: a filter
     * can reject a row without building the strings it does not read.
     */
    public static Object[] decodeColumns(byte[] bytes, boolean[] wanted, String origin) {
        ByteSource in = new ByteSource(bytes, origin);
        int width = in.readLength();
        Object[] row = new Object[width];
        int last = Math.min(width, wanted.length) - 1;
        while (last >= 0 && !wanted[last]) {
            last--;
        }
        for (int index = 0; index <= last; index++) {
            if (wanted[index]) {
                row[index] = readValue(in);
            } else {
                skipValue(in);
            }
        }
        return row;
    }

    /** Moves past one value; the common tags without building it. */
    private static void skipValue(ByteSource in) {
        int tag = in.readByte() & 0xFF;
        switch (tag) {
            case NULL_TAG -> { }
            case SHORT_TAG, INTEGER_TAG, LONG_TAG, DATE_TAG -> in.readSignedVarLong();
            case STRING_TAG, JSON_TAG -> in.skip(in.readLength());
            default -> kind(tag, in).reader().apply(in);
        }
    }

    public static Object[] decodeRow(byte[] bytes, String origin) {
        return readRow(new ByteSource(bytes, origin));
    }

    private static void writeDecimal(ByteSink out, BigDecimal value) {
        out.writeSignedVarLong(value.scale());
        out.writeBytes(value.unscaledValue().toByteArray());
    }

    private static BigDecimal readDecimal(ByteSource in) {
        int scale = (int) in.readSignedVarLong();
        return new BigDecimal(new BigInteger(in.readBytes()), scale);
    }

    private static void writeDateTime(ByteSink out, LocalDateTime value) {
        out.writeSignedVarLong(value.toLocalDate().toEpochDay());
        out.writeVarLong(value.toLocalTime().toNanoOfDay());
    }

    private static LocalDateTime readDateTime(ByteSource in) {
        return LocalDateTime.of(LocalDate.ofEpochDay(in.readSignedVarLong()), LocalTime.ofNanoOfDay(in.readVarLong()));
    }
}
