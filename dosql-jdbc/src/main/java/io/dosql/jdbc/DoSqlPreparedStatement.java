package io.dosql.jdbc;

import io.dosql.core.ErrorCode;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.PreparedStatementHandle;
import io.dosql.engine.StatementResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.JDBCType;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A prepared statement over one engine {@link PreparedStatementHandle}, prepared once and executed
 * for every parameter set (batches included). Parameters are converted to engine values by
 * {@link ParameterValues} before execution.
 */
final class DoSqlPreparedStatement extends DoSqlStatement implements PreparedStatement {
    private final String sql;
    private final GeneratedKeys keys;
    private final PreparedStatementHandle handle;
    private final Object[] parameters;
    private final boolean[] parameterSet;
    private final List<Object[]> batch = new ArrayList<>();

    DoSqlPreparedStatement(DoSqlConnection connection, String sql, GeneratedKeys keys) throws SQLException {
        super(connection);
        this.sql = sql;
        this.keys = keys;
        try {
            synchronized (connection) {
                this.handle = connection.session().prepare(sql, keys);
            }
        } catch (RuntimeException failure) {
            throw SqlExceptions.translate(failure, sql);
        }
        this.parameters = new Object[handle.parameterCount()];
        this.parameterSet = new boolean[parameters.length];
    }

    private List<Object> boundParameters() throws SQLException {
        requireAllBound();
        return Arrays.asList(parameters.clone());
    }

    private void requireAllBound() throws SQLException {
        for (int index = 0; index < parameterSet.length; index++) {
            if (!parameterSet[index]) {
                throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE,
                        "No value specified for parameter " + (index + 1) + ".");
            }
        }
    }

    private boolean executePrepared() throws SQLException {
        checkOpen();
        clearResults();
        List<Object> values = boundParameters();
        StatementResult result = runGuardedKeepingTimerForRows(() -> handle.execute(values), sql);
        install(List.of(result), keys.requested());
        return getResultSet() != null;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        executePrepared();
        return requireResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) executeLargeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        executePrepared();
        return requireUpdateCount();
    }

    @Override
    public boolean execute() throws SQLException {
        return executePrepared();
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        requireAllBound();
        batch.add(parameters.clone());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return toIntCounts(executeLargeBatch());
    }

    /** Executes every parameter set through the one handle; the first failure stops the batch. */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        clearResults();
        List<Object[]> sets = new ArrayList<>(batch);
        batch.clear();
        long[] counts = new long[sets.size()];
        int[] done = {0};
        try {
            runGuarded(() -> {
                handle.executeBatch(sets, (index, count) -> {
                    counts[index] = count;
                    done[0] = index + 1;
                });
                return null;
            }, sql);
        } catch (SQLException failure) {
            throw batchFailure(failure, Arrays.copyOf(counts, done[0]));
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        if (isClosed()) {
            return;
        }
        super.close();
        try {
            handle.close();
        } catch (RuntimeException ignored) {
            // The session may be gone already; nothing is left to release.
        }
    }

    private void set(int parameterIndex, Object value) throws SQLException {
        checkOpen();
        if (parameterIndex < 1 || parameterIndex > parameters.length) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "The column index is out of range: "
                    + parameterIndex + ", number of columns: " + parameters.length + ".");
        }
        parameters[parameterIndex - 1] = value;
        parameterSet[parameterIndex - 1] = true;
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        Arrays.fill(parameters, null);
        Arrays.fill(parameterSet, false);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setBoolean(int parameterIndex, boolean value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setByte(int parameterIndex, byte value) throws SQLException {
        set(parameterIndex, (short) value);
    }

    @Override
    public void setShort(int parameterIndex, short value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setInt(int parameterIndex, int value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setLong(int parameterIndex, long value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setFloat(int parameterIndex, float value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setDouble(int parameterIndex, double value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setString(int parameterIndex, String value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setNString(int parameterIndex, String value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setBytes(int parameterIndex, byte[] value) throws SQLException {
        set(parameterIndex, ParameterValues.toEngine(value));
    }

    @Override
    public void setDate(int parameterIndex, Date value) throws SQLException {
        set(parameterIndex, ParameterValues.toEngine(value));
    }

    @Override
    public void setTime(int parameterIndex, Time value) throws SQLException {
        set(parameterIndex, ParameterValues.toEngine(value));
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp value) throws SQLException {
        set(parameterIndex, ParameterValues.toEngine(value));
    }

    @Override
    public void setDate(int parameterIndex, Date value, Calendar calendar) throws SQLException {
        set(parameterIndex, ParameterValues.date(value, calendar));
    }

    @Override
    public void setTime(int parameterIndex, Time value, Calendar calendar) throws SQLException {
        set(parameterIndex, ParameterValues.time(value, calendar));
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp value, Calendar calendar) throws SQLException {
        set(parameterIndex, ParameterValues.timestamp(value, calendar));
    }

    @Override
    public void setObject(int parameterIndex, Object value) throws SQLException {
        set(parameterIndex, ParameterValues.toEngine(value));
    }

    @Override
    public void setObject(int parameterIndex, Object value, int targetSqlType) throws SQLException {
        set(parameterIndex, ParameterValues.toEngine(value, targetSqlType, -1));
    }

    @Override
    public void setObject(int parameterIndex, Object value, int targetSqlType, int scaleOrLength)
            throws SQLException {
        set(parameterIndex, ParameterValues.toEngine(value, targetSqlType, scaleOrLength));
    }

    @Override
    public void setObject(int parameterIndex, Object value, SQLType targetSqlType) throws SQLException {
        setObject(parameterIndex, value, vendorTypeNumber(targetSqlType));
    }

    @Override
    public void setObject(int parameterIndex, Object value, SQLType targetSqlType, int scaleOrLength)
            throws SQLException {
        setObject(parameterIndex, value, vendorTypeNumber(targetSqlType), scaleOrLength);
    }

    private static int vendorTypeNumber(SQLType type) throws SQLException {
        if (type instanceof JDBCType jdbcType) {
            return jdbcType.getVendorTypeNumber();
        }
        throw SqlExceptions.unsupported("SQLType " + type);
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream stream, int length) throws SQLException {
        setAsciiStream(parameterIndex, stream, (long) length);
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream stream, long length) throws SQLException {
        set(parameterIndex, stream == null ? null
                : new String(ParameterValues.readBytes(stream, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream stream) throws SQLException {
        setAsciiStream(parameterIndex, stream, -1L);
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, InputStream stream, int length) throws SQLException {
        throw SqlExceptions.unsupported("setUnicodeStream");
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream stream, int length) throws SQLException {
        setBinaryStream(parameterIndex, stream, (long) length);
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream stream, long length) throws SQLException {
        set(parameterIndex, stream == null ? null
                : ParameterValues.toEngine(ParameterValues.readBytes(stream, length)));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream stream) throws SQLException {
        setBinaryStream(parameterIndex, stream, -1L);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
        setCharacterStream(parameterIndex, reader, (long) length);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
        set(parameterIndex, reader == null ? null : ParameterValues.readText(reader, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader, -1L);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
        setCharacterStream(parameterIndex, reader, length);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader, -1L);
    }

    @Override
    public void setRef(int parameterIndex, Ref value) throws SQLException {
        throw SqlExceptions.unsupported("setRef");
    }

    @Override
    public void setBlob(int parameterIndex, Blob value) throws SQLException {
        throw SqlExceptions.unsupported("setBlob");
    }

    @Override
    public void setBlob(int parameterIndex, InputStream stream, long length) throws SQLException {
        setBinaryStream(parameterIndex, stream, length);
    }

    @Override
    public void setBlob(int parameterIndex, InputStream stream) throws SQLException {
        setBinaryStream(parameterIndex, stream);
    }

    @Override
    public void setClob(int parameterIndex, Clob value) throws SQLException {
        throw SqlExceptions.unsupported("setClob");
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        setCharacterStream(parameterIndex, reader, length);
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader);
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        throw SqlExceptions.unsupported("setNClob");
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        setCharacterStream(parameterIndex, reader, length);
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader);
    }

    @Override
    public void setArray(int parameterIndex, Array value) throws SQLException {
        throw SqlExceptions.unsupported("setArray");
    }

    @Override
    public void setURL(int parameterIndex, URL value) throws SQLException {
        set(parameterIndex, value == null ? null : value.toString());
    }

    @Override
    public void setRowId(int parameterIndex, RowId value) throws SQLException {
        throw SqlExceptions.unsupported("setRowId");
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML value) throws SQLException {
        throw SqlExceptions.unsupported("setSQLXML");
    }

    /** The columns the statement returns, or null when it returns only a count. */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        try {
            var columns = handle.resultColumns();
            return columns.isEmpty() ? null : new DoSqlResultSetMetaData(columns);
        } catch (RuntimeException failure) {
            throw SqlExceptions.translate(failure, sql);
        }
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new DoSqlParameterMetaData(handle.parameterTypes());
    }

    private SQLException textMethodOnPrepared() {
        return SqlExceptions.of(ErrorCode.WRONG_OBJECT_TYPE,
                "Can't use query methods that take a query string on a PreparedStatement.");
    }

    @Override
    public ResultSet executeQuery(String text) throws SQLException {
        throw textMethodOnPrepared();
    }

    @Override
    public int executeUpdate(String text) throws SQLException {
        throw textMethodOnPrepared();
    }

    @Override
    public long executeLargeUpdate(String text) throws SQLException {
        throw textMethodOnPrepared();
    }

    @Override
    public boolean execute(String text) throws SQLException {
        throw textMethodOnPrepared();
    }

    @Override
    public void addBatch(String text) throws SQLException {
        throw textMethodOnPrepared();
    }
}
