package io.dosql.jdbc;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.RowCursor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A forward-only, read-only JDBC result set over an engine {@link RowCursor}.
 *
 * <p>{@link #getObject(int)} returns the engine's value made JDBC-friendly: BYTEA as {@code byte[]},
 * SMALLINT as {@link Integer} (as the JDBC spec and pgjdbc do), and otherwise the engine's own classes:
 * {@link LocalDate}, {@link LocalTime}, {@link LocalDateTime}, {@link OffsetDateTime} (timestamptz,
 * UTC), {@link Interval}, {@link UUID}, {@link BigDecimal}, {@link Float}, {@link Double}, … The typed
 * getters convert as pgjdbc does ({@link ValueConversions}).
 */
final class DoSqlResultSet extends ReadOnlyResultSetSupport {
    private final DoSqlStatement statement;
    private final List<ResultColumn> columns;
    private final RowCursor cursor;
    private final AutoCloseable resource;
    private final long maxRows;
    private long rowNumber;
    private boolean onRow;
    private boolean exhausted;
    private boolean closed;
    private boolean lastWasNull;
    private int fetchSize;

    /**
     * @param statement the statement that produced the rows, or null for metadata result sets
     * @param resource  closed with the result set (the engine's StatementResult), or null
     * @param maxRows   the statement's row limit; 0 for none
     */
    DoSqlResultSet(DoSqlStatement statement, List<ResultColumn> columns, RowCursor cursor, AutoCloseable resource,
                   long maxRows) {
        this.statement = statement;
        this.columns = List.copyOf(columns);
        this.cursor = cursor;
        this.resource = resource;
        this.maxRows = maxRows;
    }

    List<ResultColumn> columns() {
        return columns;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("ResultSet");
        }
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (exhausted || (maxRows > 0 && rowNumber >= maxRows)) {
            onRow = false;
            exhausted = true;
            return false;
        }
        boolean advanced;
        try {
            advanced = cursor.next();
        } catch (RuntimeException failure) {
            exhausted = true;
            releaseTimer();
            throw statement != null ? statement.translateFailure(failure, null) : SqlExceptions.translate(failure, null);
        }
        if (advanced) {
            rowNumber++;
            onRow = true;
        } else {
            onRow = false;
            exhausted = true;
            releaseTimer();
        }
        return advanced;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        onRow = false;
        try {
            cursor.close();
            if (resource != null) {
                resource.close();
            }
        } catch (Exception ignored) {
            // Releasing engine resources cannot fail in a way the caller could act on.
        }
        if (statement != null) {
            statement.resultSetClosed(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** True once every row has been read (or reading failed). */
    boolean isExhausted() {
        return exhausted;
    }

    private void releaseTimer() {
        if (statement != null && statement.currentResultSetIs(this)) {
            statement.releaseReadTimer();
        }
    }

    /** The raw engine value of a 1-based column of the current row; records wasNull. */
    private Object value(int columnIndex) throws SQLException {
        checkOpen();
        checkColumn(columnIndex);
        if (!onRow) {
            throw SqlExceptions.of(ErrorCode.INVALID_CURSOR_STATE,
                    "ResultSet not positioned properly, perhaps you need to call next.");
        }
        Object value;
        try {
            value = cursor.get(columnIndex - 1);
        } catch (RuntimeException failure) {
            throw SqlExceptions.translate(failure, null);
        }
        lastWasNull = value == null;
        return value;
    }

    private void checkColumn(int columnIndex) throws SQLException {
        if (columnIndex < 1 || columnIndex > columns.size()) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "The column index is out of range: "
                    + columnIndex + ", number of columns: " + columns.size() + ".");
        }
    }

    private SqlType type(int columnIndex) {
        return columns.get(columnIndex - 1).type();
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return lastWasNull;
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? null : ValueConversions.toText(value, type(columnIndex));
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value != null && ValueConversions.toBoolean(value);
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? 0 : (byte) ValueConversions.toLong(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? 0 : (short) ValueConversions.toLong(value, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? 0 : (int) ValueConversions.toLong(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? 0 : ValueConversions.toLong(value, Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? 0 : (float) ValueConversions.toDouble(value, "float");
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? 0 : ValueConversions.toDouble(value, "double");
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal value = getBigDecimal(columnIndex);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? null : ValueConversions.toBigDecimal(value);
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? null : ValueConversions.toBytes(value, type(columnIndex));
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? null : Date.valueOf(ValueConversions.toLocalDate(value));
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        return getTime(columnIndex, null);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime timestamp) {
            return Timestamp.from(timestamp.toInstant());
        }
        return Timestamp.valueOf(ValueConversions.toLocalDateTime(value));
    }

    /** Dates are local: the calendar's zone decides which instant midnight of that date is. */
    @Override
    public Date getDate(int columnIndex, Calendar calendar) throws SQLException {
        Object value = value(columnIndex);
        if (value == null) {
            return null;
        }
        LocalDate date = ValueConversions.toLocalDate(value);
        return new Date(date.atStartOfDay(zoneOf(calendar)).toInstant().toEpochMilli());
    }

    @Override
    public Time getTime(int columnIndex, Calendar calendar) throws SQLException {
        Object value = value(columnIndex);
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime timestamp) {
            LocalTime local = timestamp.atZoneSameInstant(zoneOf(calendar)).toLocalTime();
            return timeOf(local, zoneOf(calendar));
        }
        return timeOf(ValueConversions.toLocalTime(value), zoneOf(calendar));
    }

    /** A java.sql.Time keeping milliseconds (Time.valueOf(LocalTime) would drop them). */
    private static Time timeOf(LocalTime time, ZoneId zone) {
        return new Time(LocalDate.of(1970, 1, 1).atTime(time).atZone(zone).toInstant().toEpochMilli());
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
        Object value = value(columnIndex);
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime timestamp) {
            return Timestamp.from(timestamp.toInstant());
        }
        LocalDateTime local = ValueConversions.toLocalDateTime(value);
        Timestamp result = Timestamp.from(local.atZone(zoneOf(calendar)).toInstant());
        result.setNanos(local.getNano());
        return result;
    }

    private static ZoneId zoneOf(Calendar calendar) {
        return calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new StringReader(text);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        if (value instanceof Bytes bytes) {
            return bytes.toByteArray();
        }
        if (value instanceof Short number) {
            return number.intValue();
        }
        if (value instanceof io.dosql.core.Json json) {
            // pgjdbc gives a PGobject holding the text; DoSQL gives the text itself.
            return json.text();
        }
        return value;
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw SqlExceptions.unsupported("Custom type maps");
        }
        return getObject(columnIndex);
    }

    /** The value as {@code type}: boxed primitives, String, BigDecimal/BigInteger, java.time, java.sql, UUID. */
    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (type == null) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "type is null");
        }
        Object value = value(columnIndex);
        if (value == null) {
            return null;
        }
        return type.cast(convert(columnIndex, value, type));
    }

    private Object convert(int columnIndex, Object value, Class<?> type) throws SQLException {
        if (type == Object.class) {
            return getObject(columnIndex);
        }
        if (type == String.class) {
            return ValueConversions.toText(value, type(columnIndex));
        }
        if (type == Integer.class || type == int.class) {
            return (int) ValueConversions.toLong(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
        }
        if (type == Long.class || type == long.class) {
            return ValueConversions.toLong(value, Long.MIN_VALUE, Long.MAX_VALUE, "long");
        }
        if (type == Short.class || type == short.class) {
            return (short) ValueConversions.toLong(value, Short.MIN_VALUE, Short.MAX_VALUE, "short");
        }
        if (type == Byte.class || type == byte.class) {
            return (byte) ValueConversions.toLong(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
        }
        if (type == Boolean.class || type == boolean.class) {
            return ValueConversions.toBoolean(value);
        }
        if (type == Double.class || type == double.class) {
            return ValueConversions.toDouble(value, "double");
        }
        if (type == Float.class || type == float.class) {
            return (float) ValueConversions.toDouble(value, "float");
        }
        if (type == BigDecimal.class) {
            return ValueConversions.toBigDecimal(value);
        }
        if (type == BigInteger.class) {
            return ValueConversions.toBigDecimal(value).toBigInteger();
        }
        if (type == byte[].class) {
            return ValueConversions.toBytes(value, type(columnIndex));
        }
        if (type == Bytes.class) {
            return Bytes.copyOf(ValueConversions.toBytes(value, type(columnIndex)));
        }
        if (type == LocalDate.class) {
            return ValueConversions.toLocalDate(value);
        }
        if (type == LocalTime.class) {
            return ValueConversions.toLocalTime(value);
        }
        if (type == LocalDateTime.class) {
            return ValueConversions.toLocalDateTime(value);
        }
        if (type == OffsetDateTime.class) {
            return ValueConversions.toOffsetDateTime(value);
        }
        if (type == ZonedDateTime.class) {
            return ValueConversions.toOffsetDateTime(value).toZonedDateTime();
        }
        if (type == Instant.class) {
            return ValueConversions.toOffsetDateTime(value).toInstant();
        }
        if (type == OffsetTime.class) {
            if (value instanceof OffsetDateTime timestamp) {
                return timestamp.toOffsetTime();
            }
            LocalTime time = ValueConversions.toLocalTime(value);
            return time.atOffset(ZoneId.systemDefault().getRules().getOffset(Instant.now()));
        }
        if (type == Date.class) {
            return getDate(columnIndex);
        }
        if (type == Time.class) {
            return getTime(columnIndex);
        }
        if (type == Timestamp.class) {
            return getTimestamp(columnIndex);
        }
        if (type == UUID.class) {
            return ValueConversions.toUuid(value);
        }
        if (type.isInstance(value)) {
            return value;
        }
        Object friendly = getObject(columnIndex);
        if (type.isInstance(friendly)) {
            return friendly;
        }
        throw ValueConversions.cannotConvert(value, type.getName());
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        if (columnLabel != null) {
            for (int index = 0; index < columns.size(); index++) {
                if (columns.get(index).label().equals(columnLabel)) {
                    return index + 1;
                }
            }
            String lower = columnLabel.toLowerCase(Locale.ROOT);
            for (int index = 0; index < columns.size(); index++) {
                if (columns.get(index).label().toLowerCase(Locale.ROOT).equals(lower)) {
                    return index + 1;
                }
            }
        }
        throw SqlExceptions.of(ErrorCode.UNDEFINED_COLUMN,
                "The column name " + columnLabel + " was not found in this ResultSet.");
    }

    @Override
    public String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        return getBigDecimal(findColumn(columnLabel), scale);
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel, Calendar calendar) throws SQLException {
        return getDate(findColumn(columnLabel), calendar);
    }

    @Override
    public Time getTime(String columnLabel, Calendar calendar) throws SQLException {
        return getTime(findColumn(columnLabel), calendar);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar calendar) throws SQLException {
        return getTimestamp(findColumn(columnLabel), calendar);
    }

    @Override
    public InputStream getAsciiStream(String columnLabel) throws SQLException {
        return getAsciiStream(findColumn(columnLabel));
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        return getNCharacterStream(findColumn(columnLabel));
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        return getNString(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(columnLabel), map);
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new DoSqlResultSetMetaData(columns);
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return rowNumber == 0 && !exhausted;
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return exhausted && rowNumber > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return onRow && rowNumber == 1;
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return onRow ? (int) rowNumber : 0;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw SqlExceptions.unsupported("Fetch directions other than FETCH_FORWARD");
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Fetch size must be a value greater than or equal to 0.");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Cannot unwrap to " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
