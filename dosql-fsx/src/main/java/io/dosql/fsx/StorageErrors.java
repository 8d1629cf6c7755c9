package io.dosql.fsx;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import java.io.IOException;

/** Maps I/O failures of a storage object to DoSQL errors with PostgreSQL's SQLSTATEs. */
public final class StorageErrors {
    private StorageErrors() {
    }

    /** 53100 when the cause says the device is full, otherwise 58030. */
    public static DoSqlException ioFailure(String objectName, IOException cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.contains("No space left on device") || message.contains("There is not enough space")) {
            return diskFull(objectName, cause);
        }
        return new DoSqlException(ErrorCode.IO_ERROR, ErrorCode.IO_ERROR.format(objectName, message), cause);
    }

    public static DoSqlException ioError(String objectName, String reason) {
        return ErrorCode.IO_ERROR.exception(objectName, reason);
    }

    public static DoSqlException diskFull(String objectName, Throwable cause) {
        return new DoSqlException(ErrorCode.DISK_FULL, ErrorCode.DISK_FULL.format(objectName), cause);
    }

    public static DoSqlException noSuchObject(String objectName) {
        return ioError(objectName, "No such file or directory");
    }

    /** XX001 for callers that find a bad checksum: names the page (block) and the object. */
    public static DoSqlException corrupted(String objectName, long pageNumber, String reason) {
        return ErrorCode.DATA_CORRUPTED.exception(pageNumber, objectName, reason);
    }

    /** Rejects names that could escape a directory or collide with a backend's own files. */
    public static String checkName(String name) {
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\")
                || name.equals(".") || name.equals("..") || name.startsWith(".dosql")) {
            throw new IllegalArgumentException("invalid storage object name: " + name);
        }
        return name;
    }
}
