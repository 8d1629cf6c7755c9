package io.dosql.query.dialect;

/** Capability marker: INSERT/UPDATE/DELETE … RETURNING. */
public interface SupportsReturning {
}
