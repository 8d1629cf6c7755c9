package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.ErrorCode;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class SqlExceptionsTest {
    @Test
    void subclassFollowsTheSqlStateClass() {
        assertThat((Throwable) SqlExceptions.translate(ErrorCode.UNDEFINED_TABLE.exception("t"), null))
                .isInstanceOf(SQLSyntaxErrorException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42P01");
        assertThat((Throwable) SqlExceptions.translate(ErrorCode.UNIQUE_VIOLATION.exception("k"), null))
                .isInstanceOf(SQLIntegrityConstraintViolationException.class);
        assertThat((Throwable) SqlExceptions.translate(ErrorCode.SERIALIZATION_FAILURE.exception("x"), null))
                .isInstanceOf(SQLTransactionRollbackException.class);
        assertThat((Throwable) SqlExceptions.translate(ErrorCode.FEATURE_NOT_SUPPORTED.exception("x"), null))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThat((Throwable) SqlExceptions.translate(ErrorCode.DIVISION_BY_ZERO.exception(), null))
                .isInstanceOf(SQLDataException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22012");
        assertThat((Throwable) SqlExceptions.translate(ErrorCode.CONNECTION_DOES_NOT_EXIST.exception(), null))
                .isInstanceOf(SQLNonTransientConnectionException.class);
        assertThat((Throwable) SqlExceptions.translate(ErrorCode.QUERY_CANCELED.exception("statement timeout"), null, true))
                .isInstanceOf(SQLTimeoutException.class);
        assertThat((Throwable) SqlExceptions.translate(ErrorCode.QUERY_CANCELED.exception("user request"), null, false))
                .isNotInstanceOf(SQLTimeoutException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("57014");
        assertThat(SqlExceptions.translate(new IllegalStateException("boom"), null).getSQLState()).isEqualTo("XX000");
    }

    @Test
    void messageCarriesDetailHintAndPosition() {
        SQLException exception = SqlExceptions.translate(ErrorCode.UNDEFINED_COLUMN.exception("\"nmae\"")
                .withHint("Perhaps you meant to reference the column \"t.name\".").withDetail("d").withPosition(8),
                "SELECT nmae FROM t");
        assertThat(exception.getMessage()).isEqualTo("ERROR: column \"nmae\" does not exist\n  Detail: d\n"
                + "  Hint: Perhaps you meant to reference the column \"t.name\".\n  Position: 8 (line 1, column 8)");
        assertThat(exception.getCause()).isNotNull();
    }

    @Test
    void lineAndColumnCountNewlines() {
        assertThat(SqlExceptions.lineAndColumn("a\nbc\ndef", 7)).isEqualTo(" (line 3, column 2)");
        assertThat(SqlExceptions.lineAndColumn("SELECT", 1)).isEqualTo(" (line 1, column 1)");
    }
}
