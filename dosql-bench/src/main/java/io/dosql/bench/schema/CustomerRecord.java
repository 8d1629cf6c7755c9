package io.dosql.bench.schema;

/** One row of {@code customer}; the record every contestant of the fetch benchmark must produce. */
public record CustomerRecord(Long id, String name, String email, String country) {
}
