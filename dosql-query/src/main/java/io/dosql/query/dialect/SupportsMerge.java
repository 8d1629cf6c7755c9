package io.dosql.query.dialect;

/** Capability marker: MERGE INTO … USING … WHEN [NOT] MATCHED. */
public interface SupportsMerge {
}
