package io.dosql.query.dialect;

/** Phantom type of DoSQL databases, which speak PostgreSQL's dialect. */
public interface DoSql extends SupportsReturning, SupportsOnConflict, SupportsMerge {
}
