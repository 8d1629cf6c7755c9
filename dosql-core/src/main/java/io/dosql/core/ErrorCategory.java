package io.dosql.core;

/** The SQLSTATE class an {@link ErrorCode} belongs to: its first two characters, named. */
public enum ErrorCategory {
    SUCCESSFUL_COMPLETION("00"),
    WARNING("01"),
    NO_DATA("02"),
    DYNAMIC_SQL_ERROR("07"),
    FEATURE_NOT_SUPPORTED("0A"),
    CARDINALITY_VIOLATION("21"),
    DATA_EXCEPTION("22"),
    INTEGRITY_CONSTRAINT_VIOLATION("23"),
    INVALID_CURSOR_STATE("24"),
    INVALID_TRANSACTION_STATE("25"),
    INVALID_SQL_STATEMENT_NAME("26"),
    INVALID_AUTHORIZATION("28"),
    INVALID_CURSOR_NAME("34"),
    INVALID_SCHEMA_NAME("3F"),
    TRANSACTION_ROLLBACK("40"),
    SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION("42"),
    INSUFFICIENT_RESOURCES("53"),
    PROGRAM_LIMIT_EXCEEDED("54"),
    OBJECT_NOT_IN_PREREQUISITE_STATE("55"),
    OPERATOR_INTERVENTION("57"),
    SYSTEM_ERROR("58"),
    CONNECTION_EXCEPTION("08"),
    PLPGSQL_ERROR("P0"),
    INTERNAL_ERROR("XX");

    private final String classCode;

    ErrorCategory(String classCode) {
        this.classCode = classCode;
    }

    /** The two-character SQLSTATE class, e.g. {@code "23"}. */
    public String classCode() {
        return classCode;
    }
}
