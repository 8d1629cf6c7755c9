package io.dosql.bench.schema;

/** One row of {@code orders}. */
public record OrdersRecord(Long id, Long customerId, Long productId, Integer total) {
}
