package io.dosql.fsx.cow;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageBackendContractTest;
import io.dosql.fsx.memory.MemoryBackend;

/** The contract over an empty base: every object lives in the overlay. */
class CopyOnWriteBackendContractTest extends StorageBackendContractTest {
    @Override
    protected StorageBackend newBackend() {
        return new CopyOnWriteBackend(new MemoryBackend(PAGE_SIZE));
    }
}
