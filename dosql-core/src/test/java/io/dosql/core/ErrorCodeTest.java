package io.dosql.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void everySqlStateHasFiveCharactersAndAKnownClass() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.sqlState()).as(code.name()).hasSize(5).matches("[0-9A-Z]{5}");
        }
        assertThat(ErrorCode.UNIQUE_VIOLATION.category()).isEqualTo(ErrorCategory.INTEGRITY_CONSTRAINT_VIOLATION);
        assertThat(ErrorCode.SYNTAX_ERROR.category()).isEqualTo(ErrorCategory.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION);
    }

    @Test
    void sqlStatesAreUniqueExceptDeliberateAliases() {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            if (!seen.add(code.sqlState())) {
                duplicates.add(code.sqlState());
            }
        }
        // 42704 is PostgreSQL's undefined_object, used both for types and other objects.
        assertThat(duplicates).containsExactly("42704");
    }

    @Test
    void exceptionCarriesFormattedMessageAndPosition() {
        DoSqlException error = ErrorCode.UNDEFINED_TABLE.exception("t1").withPosition(15);
        assertThat(error.getMessage()).isEqualTo("relation \"t1\" does not exist");
        assertThat(error.sqlState()).isEqualTo("42P01");
        assertThat(error.position()).isEqualTo(15);
        assertThat(error.withPosition(3).position()).isEqualTo(15);
    }

    @Test
    void intervalPrintsLikePostgres() {
        assertThat(new Interval(14, 3, 4 * 3_600_000_000L + 5 * 60_000_000L + 6_000_000L))
                .hasToString("1 year 2 mons 3 days 04:05:06");
        assertThat(new Interval(0, 0, 0)).hasToString("00:00:00");
        // Each expected text is what PostgreSQL 15 prints for the same interval.
        assertThat(new Interval(0, -1, 0)).hasToString("-1 days");
        assertThat(new Interval(0, -1, 2 * 3_600_000_000L)).hasToString("-1 days +02:00:00");
        assertThat(new Interval(0, 1, -2 * 3_600_000_000L)).hasToString("1 day -02:00:00");
        assertThat(new Interval(-1, 3, 0)).hasToString("-1 mons +3 days");
        assertThat(new Interval(-14, 0, 0)).hasToString("-1 years -2 mons");
        assertThat(new Interval(13, 1, 1_500_000L)).hasToString("1 year 1 mon 1 day 00:00:01.5");
        assertThat(new Interval(0, 1, 0)).isEqualByComparingTo(new Interval(0, 0, 86_400_000_000L));
    }

    @Test
    void sqlTypeDisplayNamesMatchPostgresFormatType() {
        assertThat(SqlType.varchar(20).displayName()).isEqualTo("character varying(20)");
        assertThat(SqlType.numeric(10, 2).displayName()).isEqualTo("numeric(10,2)");
        assertThat(SqlType.INTEGER.displayName()).isEqualTo("integer");
    }
}
