package io.dosql.jdbc;

import io.dosql.core.ErrorCode;
import java.sql.SQLException;
import java.sql.Savepoint;

/** A savepoint of a {@link DoSqlConnection}: named by the user, or numbered ({@code dosql_savepoint_N}). */
final class DoSqlSavepoint implements Savepoint {
    private final int id;
    private final String name;

    DoSqlSavepoint(int id, String name) {
        this.id = id;
        this.name = name;
    }

    static DoSqlSavepoint of(Savepoint savepoint) throws SQLException {
        if (savepoint instanceof DoSqlSavepoint ours) {
            return ours;
        }
        throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Not a DoSQL savepoint: " + savepoint);
    }

    /** The savepoint's name as a quoted SQL identifier. */
    String sqlName() {
        String raw = name != null ? name : "dosql_savepoint_" + id;
        return '"' + raw.replace("\"", "\"\"") + '"';
    }

    @Override
    public int getSavepointId() throws SQLException {
        if (name != null) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Cannot retrieve the id of a named savepoint.");
        }
        return id;
    }

    @Override
    public String getSavepointName() throws SQLException {
        if (name == null) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Cannot retrieve the name of an unnamed savepoint.");
        }
        return name;
    }
}
