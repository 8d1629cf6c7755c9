package io.dosql.fsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** I/O failures map to PostgreSQL's SQLSTATEs. */
class StorageErrorsTest {
    @Test
    void noSpaceLeftIsDiskFull() {
        DoSqlException error = StorageErrors.ioFailure("data.db", new IOException("No space left on device"));
        assertThat(error.code()).isEqualTo(ErrorCode.DISK_FULL);
        assertThat(error.sqlState()).isEqualTo("53100");
        assertThat(error.getMessage()).isEqualTo("could not write to file \"data.db\": No space left on device");
    }

    @Test
    void otherFailuresAreIoErrors() {
        DoSqlException error = StorageErrors.ioFailure("data.db", new IOException("Input/output error"));
        assertThat(error.sqlState()).isEqualTo("58030");
        assertThat(error.getMessage()).isEqualTo("could not access file \"data.db\": Input/output error");
        assertThat(error.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void corruptionNamesThePage() {
        DoSqlException error = StorageErrors.corrupted("data.db", 42, "checksum mismatch");
        assertThat(error.sqlState()).isEqualTo("XX001");
        assertThat(error.getMessage()).isEqualTo("invalid page in block 42 of relation data.db: checksum mismatch");
    }
}
