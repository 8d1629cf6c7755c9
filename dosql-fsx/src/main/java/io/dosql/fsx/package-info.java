/**
 * Storage backends: a flat namespace of named byte objects with page I/O and an explicit durability
 * point ({@link io.dosql.fsx.StorageBackend#sync}).
 *
 * <p>The public API is {@link io.dosql.fsx.StorageBackend} and {@link io.dosql.fsx.StorageErrors};
 * implementations live in sub-packages: {@code memory.MemoryBackend} (heap),
 * {@code local.LocalFileBackend} (one directory, FileChannel per object, fsync, directory fsync, an
 * exclusive lock file so a second process gets 55006), {@code cow.CopyOnWriteBackend} (page-granular
 * overlay over a read-only base, with frozen {@code snapshot()}s) and {@code fault.FaultInjectingBackend}
 * (torn writes, I/O errors, disk full, and crashes that keep exactly each object's last synced state).
 *
 * <p>Intended use by the engine ({@code jdbc:dosql:file:PATH}): PATH is a directory opened with
 * {@code LocalFileBackend.open(PATH, pageSize)}; the pager keeps the database file(s) in it and the
 * write-ahead log ({@code io.dosql.wal}) keeps its {@code wal-NNNNNN.log} segments beside them.
 */
package io.dosql.fsx;
