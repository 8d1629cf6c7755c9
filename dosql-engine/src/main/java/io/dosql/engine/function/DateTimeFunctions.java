package io.dosql.engine.function;

import static io.dosql.core.SqlType.DATE;
import static io.dosql.core.SqlType.TIME;
import static io.dosql.core.SqlType.TIMESTAMP;
import static io.dosql.core.SqlType.TIMESTAMPTZ;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Date and time functions: now() and friends, date_trunc, date_part/extract, age, make_*, to_char, to_date, to_timestamp. */
final class DateTimeFunctions {
    private DateTimeFunctions() {
    }

    static void register(FunctionTable table) {
        for (String name : List.of("now", "current_timestamp", "transaction_timestamp")) {
            table.scalar(name, TIMESTAMPTZ, List.of(), (a, c) -> utc(c.transactionTimestamp()));
        }
        table.scalar("statement_timestamp", TIMESTAMPTZ, List.of(), (a, c) -> utc(c.statementTimestamp()));
        table.volatileScalar("clock_timestamp", TIMESTAMPTZ, List.of(), (a, c) -> OffsetDateTime.now(ZoneOffset.UTC));
        table.scalar("current_date", DATE, List.of(), (a, c) -> utc(c.transactionTimestamp()).toLocalDate());
        table.scalar("current_time", TIME, List.of(), (a, c) -> utc(c.transactionTimestamp()).toLocalTime());
        table.scalar("localtime", TIME, List.of(), (a, c) -> utc(c.transactionTimestamp()).toLocalTime());
        table.scalar("localtimestamp", TIMESTAMP, List.of(), (a, c) -> utc(c.transactionTimestamp()).toLocalDateTime());
    }

    static OffsetDateTime utc(OffsetDateTime timestamp) {
        return timestamp.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
