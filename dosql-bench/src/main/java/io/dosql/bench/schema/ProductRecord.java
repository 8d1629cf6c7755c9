package io.dosql.bench.schema;

/** One row of {@code product}. */
public record ProductRecord(Long id, String title) {
}
