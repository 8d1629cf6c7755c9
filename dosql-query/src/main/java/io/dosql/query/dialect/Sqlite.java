package io.dosql.query.dialect;

/** Phantom type of SQLite databases (3.35+): RETURNING and ON CONFLICT, no MERGE. */
public interface Sqlite extends SupportsReturning, SupportsOnConflict {
}
