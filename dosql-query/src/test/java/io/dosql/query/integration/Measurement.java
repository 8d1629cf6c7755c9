package io.dosql.query.integration;

import io.dosql.query.expression.Column;
import io.dosql.query.expression.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A table of many column types, to prove the bulk loader and the mapper round-trip typed values. */
final class Measurement extends Table<Measurement.Row> {
    static final Measurement MEASUREMENT = new Measurement(null);

    static final String CREATE_TABLE = "create table measurement (id bigint primary key, taken_on date,"
        + " amount numeric(12, 2), ratio double precision, recorded_at timestamp, active boolean, label text,"
        + " token uuid)";

    final Column<Long> ID = column("id", Long.class);
    final Column<LocalDate> TAKEN_ON = column("taken_on", LocalDate.class);
    final Column<BigDecimal> AMOUNT = column("amount", BigDecimal.class);
    final Column<Double> RATIO = column("ratio", Double.class);
    final Column<LocalDateTime> RECORDED_AT = column("recorded_at", LocalDateTime.class);
    final Column<Boolean> ACTIVE = column("active", Boolean.class);
    final Column<String> LABEL = column("label", String.class);
    final Column<UUID> TOKEN = column("token", UUID.class);

    private Measurement(String alias) {
        super(null, "measurement", alias, Row.class);
    }

    @Override
    public Measurement as(String alias) {
        return new Measurement(alias);
    }

    /** One row of {@code measurement}. */
    record Row(Long id, LocalDate takenOn, BigDecimal amount, Double ratio, LocalDateTime recordedAt, Boolean active,
               String label, UUID token) {

        /** A deterministic row; every seventh has nulls in all nullable columns. */
        static Row number(long id) {
            if (id % 7 == 0) {
                return new Row(id, null, null, null, null, null, null, null);
            }
            return new Row(id, LocalDate.of(2024, 1, 1).plusDays(id % 400), new BigDecimal(id).movePointLeft(2),
                id / 8.0, LocalDateTime.of(2024, 2, 29, 23, 59, 58).plusSeconds(id), id % 2 == 0,
                "label " + id + (id == 1 ? " 'quoted', \"double\"\nnewline" : ""), new UUID(id, -id));
        }
    }
}
