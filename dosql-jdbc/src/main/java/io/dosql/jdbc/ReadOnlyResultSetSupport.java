package io.dosql.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.net.URL;

/**
 * The part of {@link ResultSet} a forward-only, read-only result set does not offer: scrolling,
 * updates and LOB/array/ref accessors, each failing with 0A000. Generated from the interface.
 */
abstract class ReadOnlyResultSetSupport implements ResultSet {
    private static SQLFeatureNotSupportedException unsupported(String method) {
        return SqlExceptions.unsupported("ResultSet." + method);
    }

    @Override
    public boolean absolute(int value0) throws SQLException {
        throw unsupported("absolute");
    }

    @Override
    public void afterLast() throws SQLException {
        throw unsupported("afterLast");
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw unsupported("beforeFirst");
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw unsupported("cancelRowUpdates");
    }

    @Override
    public void deleteRow() throws SQLException {
        throw unsupported("deleteRow");
    }

    @Override
    public boolean first() throws SQLException {
        throw unsupported("first");
    }

    @Override
    public Array getArray(String text0) throws SQLException {
        throw unsupported("getArray");
    }

    @Override
    public Array getArray(int value0) throws SQLException {
        throw unsupported("getArray");
    }

    @Override
    public Blob getBlob(String text0) throws SQLException {
        throw unsupported("getBlob");
    }

    @Override
    public Blob getBlob(int value0) throws SQLException {
        throw unsupported("getBlob");
    }

    @Override
    public Clob getClob(String text0) throws SQLException {
        throw unsupported("getClob");
    }

    @Override
    public Clob getClob(int value0) throws SQLException {
        throw unsupported("getClob");
    }

    @Override
    public String getCursorName() throws SQLException {
        throw unsupported("getCursorName");
    }

    @Override
    public NClob getNClob(String text0) throws SQLException {
        throw unsupported("getNClob");
    }

    @Override
    public NClob getNClob(int value0) throws SQLException {
        throw unsupported("getNClob");
    }

    @Override
    public Ref getRef(String text0) throws SQLException {
        throw unsupported("getRef");
    }

    @Override
    public Ref getRef(int value0) throws SQLException {
        throw unsupported("getRef");
    }

    @Override
    public RowId getRowId(String text0) throws SQLException {
        throw unsupported("getRowId");
    }

    @Override
    public RowId getRowId(int value0) throws SQLException {
        throw unsupported("getRowId");
    }

    @Override
    public SQLXML getSQLXML(String text0) throws SQLException {
        throw unsupported("getSQLXML");
    }

    @Override
    public SQLXML getSQLXML(int value0) throws SQLException {
        throw unsupported("getSQLXML");
    }

    @Override
    public URL getURL(String text0) throws SQLException {
        throw unsupported("getURL");
    }

    @Override
    public URL getURL(int value0) throws SQLException {
        throw unsupported("getURL");
    }

    @Override
    public InputStream getUnicodeStream(String text0) throws SQLException {
        throw unsupported("getUnicodeStream");
    }

    @Override
    public InputStream getUnicodeStream(int value0) throws SQLException {
        throw unsupported("getUnicodeStream");
    }

    @Override
    public void insertRow() throws SQLException {
        throw unsupported("insertRow");
    }

    @Override
    public boolean isLast() throws SQLException {
        throw unsupported("isLast");
    }

    @Override
    public boolean last() throws SQLException {
        throw unsupported("last");
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw unsupported("moveToCurrentRow");
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw unsupported("moveToInsertRow");
    }

    @Override
    public boolean previous() throws SQLException {
        throw unsupported("previous");
    }

    @Override
    public void refreshRow() throws SQLException {
        throw unsupported("refreshRow");
    }

    @Override
    public boolean relative(int value0) throws SQLException {
        throw unsupported("relative");
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        throw unsupported("rowDeleted");
    }

    @Override
    public boolean rowInserted() throws SQLException {
        throw unsupported("rowInserted");
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        throw unsupported("rowUpdated");
    }

    @Override
    public void updateArray(String text0, Array argument1) throws SQLException {
        throw unsupported("updateArray");
    }

    @Override
    public void updateArray(int value0, Array argument1) throws SQLException {
        throw unsupported("updateArray");
    }

    @Override
    public void updateAsciiStream(String text0, InputStream argument1, int value2) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateAsciiStream(String text0, InputStream argument1, long value2) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateAsciiStream(String text0, InputStream argument1) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateAsciiStream(int value0, InputStream argument1, int value2) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateAsciiStream(int value0, InputStream argument1, long value2) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateAsciiStream(int value0, InputStream argument1) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateBigDecimal(String text0, BigDecimal argument1) throws SQLException {
        throw unsupported("updateBigDecimal");
    }

    @Override
    public void updateBigDecimal(int value0, BigDecimal argument1) throws SQLException {
        throw unsupported("updateBigDecimal");
    }

    @Override
    public void updateBinaryStream(String text0, InputStream argument1, int value2) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateBinaryStream(String text0, InputStream argument1, long value2) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateBinaryStream(String text0, InputStream argument1) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateBinaryStream(int value0, InputStream argument1, int value2) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateBinaryStream(int value0, InputStream argument1, long value2) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateBinaryStream(int value0, InputStream argument1) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateBlob(String text0, InputStream argument1, long value2) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateBlob(String text0, InputStream argument1) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateBlob(String text0, Blob argument1) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateBlob(int value0, InputStream argument1, long value2) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateBlob(int value0, InputStream argument1) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateBlob(int value0, Blob argument1) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateBoolean(String text0, boolean value1) throws SQLException {
        throw unsupported("updateBoolean");
    }

    @Override
    public void updateBoolean(int value0, boolean value1) throws SQLException {
        throw unsupported("updateBoolean");
    }

    @Override
    public void updateByte(String text0, byte value1) throws SQLException {
        throw unsupported("updateByte");
    }

    @Override
    public void updateByte(int value0, byte value1) throws SQLException {
        throw unsupported("updateByte");
    }

    @Override
    public void updateBytes(String text0, byte[] argument1) throws SQLException {
        throw unsupported("updateBytes");
    }

    @Override
    public void updateBytes(int value0, byte[] argument1) throws SQLException {
        throw unsupported("updateBytes");
    }

    @Override
    public void updateCharacterStream(String text0, Reader argument1, int value2) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateCharacterStream(String text0, Reader argument1, long value2) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateCharacterStream(String text0, Reader argument1) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateCharacterStream(int value0, Reader argument1, int value2) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateCharacterStream(int value0, Reader argument1, long value2) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateCharacterStream(int value0, Reader argument1) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateClob(String text0, Reader argument1, long value2) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateClob(String text0, Reader argument1) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateClob(String text0, Clob argument1) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateClob(int value0, Reader argument1, long value2) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateClob(int value0, Reader argument1) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateClob(int value0, Clob argument1) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateDate(String text0, Date argument1) throws SQLException {
        throw unsupported("updateDate");
    }

    @Override
    public void updateDate(int value0, Date argument1) throws SQLException {
        throw unsupported("updateDate");
    }

    @Override
    public void updateDouble(String text0, double value1) throws SQLException {
        throw unsupported("updateDouble");
    }

    @Override
    public void updateDouble(int value0, double value1) throws SQLException {
        throw unsupported("updateDouble");
    }

    @Override
    public void updateFloat(String text0, float value1) throws SQLException {
        throw unsupported("updateFloat");
    }

    @Override
    public void updateFloat(int value0, float value1) throws SQLException {
        throw unsupported("updateFloat");
    }

    @Override
    public void updateInt(String text0, int value1) throws SQLException {
        throw unsupported("updateInt");
    }

    @Override
    public void updateInt(int value0, int value1) throws SQLException {
        throw unsupported("updateInt");
    }

    @Override
    public void updateLong(String text0, long value1) throws SQLException {
        throw unsupported("updateLong");
    }

    @Override
    public void updateLong(int value0, long value1) throws SQLException {
        throw unsupported("updateLong");
    }

    @Override
    public void updateNCharacterStream(String text0, Reader argument1, long value2) throws SQLException {
        throw unsupported("updateNCharacterStream");
    }

    @Override
    public void updateNCharacterStream(String text0, Reader argument1) throws SQLException {
        throw unsupported("updateNCharacterStream");
    }

    @Override
    public void updateNCharacterStream(int value0, Reader argument1, long value2) throws SQLException {
        throw unsupported("updateNCharacterStream");
    }

    @Override
    public void updateNCharacterStream(int value0, Reader argument1) throws SQLException {
        throw unsupported("updateNCharacterStream");
    }

    @Override
    public void updateNClob(String text0, Reader argument1, long value2) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNClob(String text0, Reader argument1) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNClob(String text0, NClob argument1) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNClob(int value0, Reader argument1, long value2) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNClob(int value0, Reader argument1) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNClob(int value0, NClob argument1) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNString(String text0, String text1) throws SQLException {
        throw unsupported("updateNString");
    }

    @Override
    public void updateNString(int value0, String text1) throws SQLException {
        throw unsupported("updateNString");
    }

    @Override
    public void updateNull(String text0) throws SQLException {
        throw unsupported("updateNull");
    }

    @Override
    public void updateNull(int value0) throws SQLException {
        throw unsupported("updateNull");
    }

    @Override
    public void updateObject(String text0, Object argument1, int value2) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateObject(String text0, Object argument1) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateObject(int value0, Object argument1, int value2) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateObject(int value0, Object argument1) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateRef(String text0, Ref argument1) throws SQLException {
        throw unsupported("updateRef");
    }

    @Override
    public void updateRef(int value0, Ref argument1) throws SQLException {
        throw unsupported("updateRef");
    }

    @Override
    public void updateRow() throws SQLException {
        throw unsupported("updateRow");
    }

    @Override
    public void updateRowId(String text0, RowId argument1) throws SQLException {
        throw unsupported("updateRowId");
    }

    @Override
    public void updateRowId(int value0, RowId argument1) throws SQLException {
        throw unsupported("updateRowId");
    }

    @Override
    public void updateSQLXML(String text0, SQLXML argument1) throws SQLException {
        throw unsupported("updateSQLXML");
    }

    @Override
    public void updateSQLXML(int value0, SQLXML argument1) throws SQLException {
        throw unsupported("updateSQLXML");
    }

    @Override
    public void updateShort(String text0, short value1) throws SQLException {
        throw unsupported("updateShort");
    }

    @Override
    public void updateShort(int value0, short value1) throws SQLException {
        throw unsupported("updateShort");
    }

    @Override
    public void updateString(String text0, String text1) throws SQLException {
        throw unsupported("updateString");
    }

    @Override
    public void updateString(int value0, String text1) throws SQLException {
        throw unsupported("updateString");
    }

    @Override
    public void updateTime(String text0, Time argument1) throws SQLException {
        throw unsupported("updateTime");
    }

    @Override
    public void updateTime(int value0, Time argument1) throws SQLException {
        throw unsupported("updateTime");
    }

    @Override
    public void updateTimestamp(String text0, Timestamp argument1) throws SQLException {
        throw unsupported("updateTimestamp");
    }

    @Override
    public void updateTimestamp(int value0, Timestamp argument1) throws SQLException {
        throw unsupported("updateTimestamp");
    }

}
