/**
 * Pages, a buffer pool and B+trees over a {@link io.dosql.fsx.StorageBackend} object. Knows nothing of
 * SQL: keys and values are typed by the caller's {@code KeyType}/{@code DataType}.
 */
package io.dosql.btree;
