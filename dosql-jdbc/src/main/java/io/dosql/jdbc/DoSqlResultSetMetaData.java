package io.dosql.jdbc;

import io.dosql.core.ErrorCode;
import io.dosql.core.TypeKind;
import io.dosql.engine.ResultColumn;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * Column metadata from the engine's {@link ResultColumn}s: labels, JDBC types from
 * {@link TypeKind#jdbcType()}, PostgreSQL type names as pgjdbc reports them, and the source table.
 */
final class DoSqlResultSetMetaData implements ResultSetMetaData {
    private final List<ResultColumn> columns;

    DoSqlResultSetMetaData(List<ResultColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    private ResultColumn column(int column) throws SQLException {
        if (column < 1 || column > columns.size()) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "The column index is out of range: "
                    + column + ", number of columns: " + columns.size() + ".");
        }
        return columns.get(column - 1);
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    /** Not tracked yet: identity columns are reported through DatabaseMetaData.getColumns. */
    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return column(column).type().kind().isText();
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        ResultColumn result = column(column);
        if (result.columnName() == null) {
            return columnNullableUnknown; // a computed column, as pgjdbc reports it
        }
        return result.nullable() ? columnNullable : columnNoNulls;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return ColumnTypes.isSigned(column(column).type().kind());
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return ColumnTypes.displaySize(column(column).type());
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).label();
    }

    /** The label, as pgjdbc reports it (tools expect the alias here). */
    @Override
    public String getColumnName(int column) throws SQLException {
        return column(column).label();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        String schema = column(column).schemaName();
        return schema == null ? "" : schema;
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return ColumnTypes.precision(column(column).type());
    }

    @Override
    public int getScale(int column) throws SQLException {
        return ColumnTypes.scale(column(column).type());
    }

    @Override
    public String getTableName(int column) throws SQLException {
        String table = column(column).tableName();
        return table == null ? "" : table;
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return column(column).type().kind().jdbcType();
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return ColumnTypes.typeName(column(column).type().kind());
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return ColumnTypes.className(column(column).type().kind());
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
