package io.dosql.fsx.memory;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageBackendContractTest;

class MemoryBackendTest extends StorageBackendContractTest {
    @Override
    protected StorageBackend newBackend() {
        return new MemoryBackend(PAGE_SIZE);
    }
}
