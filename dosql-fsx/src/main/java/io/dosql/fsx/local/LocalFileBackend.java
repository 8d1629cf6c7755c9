package io.dosql.fsx.local;

import io.dosql.core.ErrorCode;
import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageErrors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A storage backend over one directory: each object is a regular file accessed through its own
 * {@link FileChannel}.
 *
 * <p>Durability: {@link #sync} is {@code FileChannel.force(true)} (fsync, metadata included); creating,
 * renaming and deleting a file also fsync the directory, so the directory entry survives a power loss.
 * Exclusion: an exclusive {@link FileLock} on {@value #LOCK_FILE_NAME} is held while the backend is open,
 * so a second process (or a second backend in this JVM) fails with 55006 instead of corrupting data.
 */
public final class LocalFileBackend implements StorageBackend {
    public static final String LOCK_FILE_NAME = ".dosql-lock";

    private final Path directory;
    private final int pageSize;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, FileChannel> channels = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private LocalFileBackend(Path directory, int pageSize, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.pageSize = pageSize;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating if needed) the directory and takes its exclusive lock. */
    public static LocalFileBackend open(Path directory, int pageSize) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        Path absolute = directory.toAbsolutePath();
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(absolute);
            lockChannel = FileChannel.open(absolute.resolve(LOCK_FILE_NAME),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw ErrorCode.OBJECT_IN_USE.exception(
                        "database directory \"" + absolute + "\" is in use by another process");
            }
            return new LocalFileBackend(absolute, pageSize, lockChannel, lock);
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw StorageErrors.ioFailure(absolute.toString(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    @Override
    public int read(String name, long position, ByteBuffer destination) {
        FileChannel channel = existingChannel(name);
        try {
            int total = 0;
            while (destination.hasRemaining()) {
                int read = channel.read(destination, position + total);
                if (read < 0) {
                    break;
                }
                total += read;
            }
            return total;
        } catch (IOException e) {
            throw StorageErrors.ioFailure(name, e);
        }
    }

    @Override
    public void write(String name, long position, ByteBuffer source) {
        FileChannel channel = channelCreatingIfAbsent(name);
        try {
            long offset = position;
            while (source.hasRemaining()) {
                offset += channel.write(source, offset);
            }
        } catch (IOException e) {
            throw StorageErrors.ioFailure(name, e);
        }
    }

    @Override
    public synchronized long append(String name, ByteBuffer source) {
        // Synchronized so that two appenders never get the same position.
        FileChannel channel = channelCreatingIfAbsent(name);
        try {
            long position = channel.size();
            write(name, position, source);
            return position;
        } catch (IOException e) {
            throw StorageErrors.ioFailure(name, e);
        }
    }

    @Override
    public long size(String name) {
        try {
            return existingChannel(name).size();
        } catch (IOException e) {
            throw StorageErrors.ioFailure(name, e);
        }
    }

    @Override
    public boolean exists(String name) {
        checkOpen();
        return channels.containsKey(StorageErrors.checkName(name)) || Files.isRegularFile(directory.resolve(name));
    }

    @Override
    public void sync(String name) {
        try {
            existingChannel(name).force(true);
        } catch (IOException e) {
            throw StorageErrors.ioFailure(name, e);
        }
    }

    @Override
    public void truncate(String name, long newSize) {
        FileChannel channel = existingChannel(name);
        try {
            if (newSize < channel.size()) {
                channel.truncate(newSize);
            } else if (newSize > channel.size()) {
                channel.write(ByteBuffer.allocate(1), newSize - 1);
            }
        } catch (IOException e) {
            throw StorageErrors.ioFailure(name, e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        checkOpen();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(fileName -> fileName.startsWith(prefix) && !fileName.startsWith(".dosql"))
                    .forEach(names::add);
        } catch (IOException e) {
            throw StorageErrors.ioFailure(directory.toString(), e);
        }
        names.sort(null);
        return List.copyOf(names);
    }

    @Override
    public synchronized void delete(String name) {
        checkOpen();
        closeQuietly(channels.remove(StorageErrors.checkName(name)));
        try {
            if (Files.deleteIfExists(directory.resolve(name))) {
                syncDirectory();
            }
        } catch (IOException e) {
            throw StorageErrors.ioFailure(name, e);
        }
    }

    @Override
    public synchronized void rename(String from, String to) {
        checkOpen();
        StorageErrors.checkName(from);
        StorageErrors.checkName(to);
        closeQuietly(channels.remove(from));
        closeQuietly(channels.remove(to));
        Path source = directory.resolve(from);
        Path target = directory.resolve(to);
        try {
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory();
        } catch (NoSuchFileException e) {
            throw StorageErrors.noSuchObject(from);
        } catch (IOException e) {
            throw StorageErrors.ioFailure(from, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (FileChannel channel : channels.values()) {
            closeQuietly(channel);
        }
        channels.clear();
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel close below releases the lock anyway.
        }
        closeQuietly(lockChannel);
    }

    private FileChannel existingChannel(String name) {
        checkOpen();
        FileChannel channel = channels.get(StorageErrors.checkName(name));
        if (channel != null) {
            return channel;
        }
        synchronized (this) {
            return channels.computeIfAbsent(name, key -> {
                try {
                    return FileChannel.open(directory.resolve(key), StandardOpenOption.READ, StandardOpenOption.WRITE);
                } catch (NoSuchFileException e) {
                    throw StorageErrors.noSuchObject(key);
                } catch (IOException e) {
                    throw StorageErrors.ioFailure(key, e);
                }
            });
        }
    }

    private FileChannel channelCreatingIfAbsent(String name) {
        checkOpen();
        FileChannel channel = channels.get(StorageErrors.checkName(name));
        if (channel != null) {
            return channel;
        }
        synchronized (this) {
            return channels.computeIfAbsent(name, key -> {
                Path file = directory.resolve(key);
                try {
                    boolean created = !Files.exists(file);
                    FileChannel opened = FileChannel.open(file,
                            StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    if (created) {
                        syncDirectory();
                    }
                    return opened;
                } catch (IOException e) {
                    throw StorageErrors.ioFailure(key, e);
                }
            });
        }
    }

    /** Makes directory entries (create, rename, delete) durable; not every platform allows it. */
    private void syncDirectory() {
        try (FileChannel directoryChannel = FileChannel.open(directory, StandardOpenOption.READ)) {
            directoryChannel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; its metadata journaling covers this case.
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw StorageErrors.ioFailure(directory.toString(), e);
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw StorageErrors.ioError(directory.toString(), "backend is closed");
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing after an error; the first error is the one reported.
        }
    }
}
