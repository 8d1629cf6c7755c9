package io.dosql.query.execution;

import java.io.Reader;
import java.util.Iterator;

/** A Reader producing PostgreSQL COPY CSV text one record at a time, so COPY streams with constant memory. */
final class CsvReader<R> extends Reader {
    private final BulkLoader<R> loader;
    private final Iterator<? extends R> records;
    private final StringBuilder buffer = new StringBuilder();
    private int offset;

    CsvReader(BulkLoader<R> loader, Iterator<? extends R> records) {
        this.loader = loader;
        this.records = records;
    }

    @Override
    public int read(char[] target, int start, int length) {
        if (offset == buffer.length()) {
            buffer.setLength(0);
            offset = 0;
            while (buffer.length() < 8192 && records.hasNext()) {
                appendRecord(records.next());
            }
            if (buffer.length() == 0) {
                return -1;
            }
        }
        int count = Math.min(length, buffer.length() - offset);
        buffer.getChars(offset, offset + count, target, start);
        offset += count;
        return count;
    }

    private void appendRecord(R record) {
        Object[] values = loader.values(record);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object value = values[i];
            if (value == null) {
                continue; // an unquoted empty field is NULL in CSV COPY
            }
            String text = value instanceof byte[] bytes ? hex(bytes)
                : value instanceof Enum<?> enumValue ? enumValue.name() : value.toString();
            buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        buffer.append('\n');
    }

    private static String hex(byte[] bytes) {
        StringBuilder result = new StringBuilder("\\x");
        for (byte b : bytes) {
            result.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return result.toString();
    }

    @Override
    public void close() {
        // the record stream is closed by the loader
    }
}
