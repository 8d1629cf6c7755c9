package io.dosql.fsx.fault;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageBackendContractTest;
import io.dosql.fsx.memory.MemoryBackend;

/** Without faults the wrapper behaves exactly like its base. */
class FaultInjectingBackendContractTest extends StorageBackendContractTest {
    @Override
    protected StorageBackend newBackend() {
        return new FaultInjectingBackend(new MemoryBackend(PAGE_SIZE));
    }
}
