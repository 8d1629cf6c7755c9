package io.dosql.core;

import java.util.Objects;

/**
 * Every error DoSQL can report: its PostgreSQL SQLSTATE, its category and a message template.
 *
 * <p>This enum is the only place a SQLSTATE literal appears. JDBC's {@code getSQLState()} and the
 * wire protocol's ErrorResponse both read it. Templates use {@link String#format} placeholders.
 * Example: {@code ErrorCode.UNDEFINED_TABLE.exception("t1")} gives
 * {@code ERROR: relation "t1" does not exist} with SQLSTATE {@code 42P01}.
 */
public enum ErrorCode {
    // 01 / 02 / 07 — client-side conditions JDBC reports (as pgjdbc does)
    RESULT_RETURNED_WHEN_NONE_EXPECTED("0100E", "A result was returned when none was expected."),
    NO_DATA("02000", "No results were returned by the query."),
    CANNOT_INFER_PARAMETER_TYPE("07006", "%s"),

    // 0A — feature not supported
    FEATURE_NOT_SUPPORTED("0A000", "%s is not supported"),

    // 08 — connection exception
    CONNECTION_DOES_NOT_EXIST("08003", "connection is closed"),
    CONNECTION_FAILURE("08006", "%s"),
    UNABLE_TO_ESTABLISH_CONNECTION("08001", "%s"),

    // 21 — cardinality violation
    CARDINALITY_VIOLATION("21000", "%s"),

    // 22 — data exception
    DATA_EXCEPTION("22000", "%s"),
    STRING_DATA_RIGHT_TRUNCATION("22001", "value too long for type %s"),
    NUMERIC_VALUE_OUT_OF_RANGE("22003", "%s out of range"),
    INVALID_DATETIME_FORMAT("22007", "invalid input syntax for type %s: \"%s\""),
    DATETIME_FIELD_OVERFLOW("22008", "date/time field value out of range: \"%s\""),
    INVALID_ESCAPE_SEQUENCE("22025", "%s"),
    INVALID_PARAMETER_VALUE("22023", "%s"),
    INVALID_ARGUMENT_FOR_LOGARITHM("2201E", "cannot take logarithm of %s"),
    INVALID_ARGUMENT_FOR_POWER_FUNCTION("2201F", "%s"),
    INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION("2201G", "%s"),
    INVALID_ROW_COUNT_IN_LIMIT_CLAUSE("2201W", "LIMIT must not be negative"),
    INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE("2201X", "OFFSET must not be negative"),
    INVALID_TEXT_REPRESENTATION("22P02", "invalid input syntax for type %s: \"%s\""),
    INVALID_BINARY_REPRESENTATION("22P03", "%s"),
    DIVISION_BY_ZERO("22012", "division by zero"),
    INVALID_TIME_ZONE_DISPLACEMENT_VALUE("22009", "%s"),
    SUBSTRING_ERROR("22011", "%s"),
    INVALID_PRECEDING_OR_FOLLOWING_SIZE("22013", "%s"),
    INVALID_ARGUMENT_FOR_NTILE("22014", "argument of ntile must be greater than zero"),
    INVALID_ARGUMENT_FOR_NTH_VALUE("22016", "argument of nth_value must be greater than zero"),
    INTERVAL_FIELD_OVERFLOW("22015", "interval field value out of range: \"%s\""),
    NULL_VALUE_NOT_ALLOWED("22004", "%s"),
    CHARACTER_NOT_IN_REPERTOIRE("22021", "%s"),
    INVALID_REGULAR_EXPRESSION("2201B", "invalid regular expression: %s"),
    ARRAY_SUBSCRIPT_ERROR("2202E", "%s"),
    SEQUENCE_GENERATOR_LIMIT_EXCEEDED("2200H", "%s"),

    // 23 — integrity constraint violation
    NOT_NULL_VIOLATION("23502", "null value in column \"%s\" of relation \"%s\" violates not-null constraint"),
    FOREIGN_KEY_VIOLATION("23503", "%s"),
    UNIQUE_VIOLATION("23505", "duplicate key value violates unique constraint \"%s\""),
    CHECK_VIOLATION("23514", "new row for relation \"%s\" violates check constraint \"%s\""),

    // 24 — invalid cursor state
    INVALID_CURSOR_STATE("24000", "%s"),

    // 25 — invalid transaction state
    ACTIVE_SQL_TRANSACTION("25001", "%s"),
    NO_ACTIVE_SQL_TRANSACTION("25P01", "%s"),
    IN_FAILED_SQL_TRANSACTION("25P02",
            "current transaction is aborted, commands ignored until end of transaction block"),
    READ_ONLY_SQL_TRANSACTION("25006", "cannot execute %s in a read-only transaction"),

    // 26 / 34 — names of prepared statements and cursors
    INVALID_SQL_STATEMENT_NAME("26000", "prepared statement \"%s\" does not exist"),
    INVALID_CURSOR_NAME("34000", "cursor \"%s\" does not exist"),

    // 28 — authorization
    INVALID_PASSWORD("28P01", "password authentication failed for user \"%s\""),

    // 3F — schema
    INVALID_SCHEMA_NAME("3F000", "schema \"%s\" does not exist"),

    // 40 — transaction rollback
    SERIALIZATION_FAILURE("40001", "could not serialize access due to %s"),
    DEADLOCK_DETECTED("40P01", "deadlock detected"),

    // 42 — syntax error or access rule violation
    SYNTAX_ERROR("42601", "%s"),
    INVALID_NAME("42602", "%s"),
    INSUFFICIENT_PRIVILEGE("42501", "%s"),
    UNDEFINED_COLUMN("42703", "column %s does not exist"),
    UNDEFINED_TABLE("42P01", "relation \"%s\" does not exist"),
    UNDEFINED_FUNCTION("42883", "function %s does not exist"),
    UNDEFINED_OBJECT("42704", "%s does not exist"),
    UNDEFINED_PARAMETER("42P02", "there is no parameter $%s"),
    DUPLICATE_TABLE("42P07", "relation \"%s\" already exists"),
    DUPLICATE_COLUMN("42701", "column \"%s\" of relation \"%s\" already exists"),
    DUPLICATE_OBJECT("42710", "%s already exists"),
    DUPLICATE_SCHEMA("42P06", "schema \"%s\" already exists"),
    DUPLICATE_ALIAS("42712", "table name \"%s\" specified more than once"),
    AMBIGUOUS_COLUMN("42702", "column reference \"%s\" is ambiguous"),
    AMBIGUOUS_FUNCTION("42725", "function %s is not unique"),
    DATATYPE_MISMATCH("42804", "%s"),
    CANNOT_COERCE("42846", "cannot cast type %s to %s"),
    GROUPING_ERROR("42803", "%s"),
    WINDOWING_ERROR("42P20", "%s"),
    INVALID_RECURSION("42P19", "%s"),
    INVALID_FOREIGN_KEY("42830", "%s"),
    INVALID_COLUMN_REFERENCE("42P10", "%s"),
    INVALID_TABLE_DEFINITION("42P16", "%s"),
    INVALID_OBJECT_DEFINITION("42P17", "%s"),
    GENERATED_ALWAYS("428C9", "cannot insert a non-DEFAULT value into column \"%s\""),
    WRONG_OBJECT_TYPE("42809", "\"%s\" is not a %s"),
    UNDEFINED_TYPE("42704", "type \"%s\" does not exist"),
    INDETERMINATE_DATATYPE("42P18", "could not determine data type of parameter $%s"),
    DEPENDENT_OBJECTS_STILL_EXIST("2BP01", "%s"),

    // 53 / 54 — resources and limits
    DISK_FULL("53100", "could not write to file \"%s\": No space left on device"),
    OUT_OF_MEMORY("53200", "out of memory: %s"),
    PROGRAM_LIMIT_EXCEEDED("54000", "%s"),
    STATEMENT_TOO_COMPLEX("54001", "%s"),

    // 55 — object not in prerequisite state
    OBJECT_NOT_IN_PREREQUISITE_STATE("55000", "%s"),
    OBJECT_IN_USE("55006", "%s"),
    LOCK_NOT_AVAILABLE("55P03", "could not obtain lock on %s"),

    // 57 — operator intervention
    QUERY_CANCELED("57014", "canceling statement due to %s"),
    ADMIN_SHUTDOWN("57P01", "terminating connection due to administrator command"),

    // 58 — system error
    IO_ERROR("58030", "could not access file \"%s\": %s"),

    // P0 — raised by user code (PL/pgSQL RAISE EXCEPTION; SQLite's RAISE(ABORT, …) in triggers)
    RAISE_EXCEPTION("P0001", "%s"),

    // XX — internal error
    INTERNAL_ERROR("XX000", "%s"),
    DATA_CORRUPTED("XX001", "invalid page in block %s of relation %s: %s"),
    INDEX_CORRUPTED("XX002", "index \"%s\" is corrupted: %s");

    private final String sqlState;
    private final String messageTemplate;

    ErrorCode(String sqlState, String messageTemplate) {
        this.sqlState = Objects.requireNonNull(sqlState, "sqlState is null");
        this.messageTemplate = Objects.requireNonNull(messageTemplate, "messageTemplate is null");
    }

    /** The five-character PostgreSQL SQLSTATE, e.g. {@code "23505"}. */
    public String sqlState() {
        return sqlState;
    }

    public String messageTemplate() {
        return messageTemplate;
    }

    public ErrorCategory category() {
        String classCode = sqlState.substring(0, 2);
        for (ErrorCategory category : ErrorCategory.values()) {
            if (category.classCode().equals(classCode)) {
                return category;
            }
        }
        return ErrorCategory.INTERNAL_ERROR;
    }

    /** Formats this code's template with {@code arguments}. */
    public String format(Object... arguments) {
        return arguments.length == 0 ? messageTemplate : String.format(messageTemplate, arguments);
    }

    /** A new exception carrying this code and the formatted message. */
    public DoSqlException exception(Object... arguments) {
        return new DoSqlException(this, format(arguments));
    }
}
