package io.dosql.core;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** An immutable byte string: the engine's BYTEA value, with value equality and unsigned ordering. */
public final class Bytes implements Comparable<Bytes> {
    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    public static Bytes copyOf(byte[] data) {
        return new Bytes(Objects.requireNonNull(data, "data is null").clone());
    }

    public byte[] toByteArray() {
        return data.clone();
    }

    public int length() {
        return data.length;
    }

    public byte get(int index) {
        return data[index];
    }

    @Override
    public int compareTo(Bytes other) {
        return Arrays.compareUnsigned(data, other.data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes bytes && Arrays.equals(data, bytes.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** PostgreSQL's hex output format, e.g. {@code \x0a1b}. */
    @Override
    public String toString() {
        return "\\x" + HexFormat.of().formatHex(data);
    }
}
