package io.dosql.query.dialect;

/** Capability marker: INSERT … ON DUPLICATE KEY UPDATE. */
public interface SupportsOnDuplicateKey {
}
