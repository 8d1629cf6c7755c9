package io.dosql.query.dialect;

/** Phantom type of PostgreSQL databases: RETURNING, ON CONFLICT, MERGE, FULL and LATERAL joins. */
public interface Postgres extends SupportsReturning, SupportsOnConflict, SupportsMerge {
}
