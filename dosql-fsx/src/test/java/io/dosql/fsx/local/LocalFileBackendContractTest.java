package io.dosql.fsx.local;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageBackendContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class LocalFileBackendContractTest extends StorageBackendContractTest {
    @TempDir
    Path directory;

    @Override
    protected StorageBackend newBackend() {
        return LocalFileBackend.open(directory, PAGE_SIZE);
    }
}
