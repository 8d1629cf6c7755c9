package io.dosql.btree;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.memory.MemoryBackend;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Page chains (the catalog and overflow values) written over more pages than their bytes need. */
class PageChainTest {
    private static final int PAGE_SIZE = 4096;

    @Test
    void chainWithASurplusTailPageRoundTrips() {
        // a checkpoint's catalog encoding can shrink after its pages were allocated (found by the
        // JDBC crash campaign: ArrayIndexOutOfBoundsException in writeChain, COMMIT reported 58030)
        try (MemoryBackend backend = new MemoryBackend(PAGE_SIZE)) {
            PageFile file = new PageFile(backend, "db");
            byte[] data = new byte[file.chainPayload() * 2 - 1];
            Arrays.fill(data, (byte) 7);
            data[data.length - 1] = 9;
            long[] pages = {5, 6, 7};
            file.writeChain(PageFormat.CATALOG, 0, pages, data, data.length);
            assertThat(file.readChain(PageFormat.CATALOG, 5, data.length, null)).isEqualTo(data);
        }
    }
}
