package io.dosql.query.dialect;

/** Capability marker: INSERT … ON CONFLICT (…) DO NOTHING | DO UPDATE. */
public interface SupportsOnConflict {
}
