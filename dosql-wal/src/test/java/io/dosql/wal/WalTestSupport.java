package io.dosql.wal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small helpers shared by the log tests. */
final class WalTestSupport {
    static final int SMALL_SEGMENT = 4096;

    private WalTestSupport() {
    }

    static WalOptions smallSegments() {
        return WalOptions.defaults().withSegmentSize(SMALL_SEGMENT).withMinimumSegmentsKept(1);
    }

    static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> payloadTexts(RecoveredTransaction transaction) {
        List<String> texts = new ArrayList<>();
        for (byte[] payload : transaction.payloads()) {
            texts.add(new String(payload, StandardCharsets.UTF_8));
        }
        return texts;
    }

    static List<WalRecord> readAll(io.dosql.fsx.StorageBackend backend) {
        List<WalRecord> records = new ArrayList<>();
        WalReader reader = WalReader.open(backend);
        reader.forEachRemaining(records::add);
        return records;
    }
}
