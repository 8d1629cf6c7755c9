package io.dosql.jdbc;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.util.List;

/** Parameter metadata from the types the engine inferred for a prepared statement's {@code ?}s. */
final class DoSqlParameterMetaData implements ParameterMetaData {
    private final List<SqlType> types;

    DoSqlParameterMetaData(List<SqlType> types) {
        this.types = List.copyOf(types);
    }

    private SqlType type(int param) throws SQLException {
        if (param < 1 || param > types.size()) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "The parameter index is out of range: "
                    + param + ", number of parameters: " + types.size() + ".");
        }
        return types.get(param - 1);
    }

    @Override
    public int getParameterCount() {
        return types.size();
    }

    @Override
    public int isNullable(int param) throws SQLException {
        type(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        return ColumnTypes.isSigned(type(param).kind());
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        return ColumnTypes.precision(type(param));
    }

    @Override
    public int getScale(int param) throws SQLException {
        return ColumnTypes.scale(type(param));
    }

    /** The inferred type; {@code VARCHAR} where the statement does not determine one (pgjdbc's default). */
    @Override
    public int getParameterType(int param) throws SQLException {
        TypeKind kind = type(param).kind();
        return kind == TypeKind.UNKNOWN ? java.sql.Types.VARCHAR : kind.jdbcType();
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        TypeKind kind = type(param).kind();
        return kind == TypeKind.UNKNOWN ? "varchar" : ColumnTypes.typeName(kind);
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        return ColumnTypes.className(type(param).kind());
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        type(param);
        return parameterModeIn;
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
