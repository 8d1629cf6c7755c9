package io.dosql.bench.concurrency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Counts the fsyncs an in-process DoSQL database issues, through the JDK's own Flight Recorder event
 * {@code jdk.FileForce} (every {@code FileChannel.force}, which is how DoSQL's local backend syncs): no
 * engine hook is needed, so the count works on any engine version. Only forces of files under the
 * database directory count; those of {@code wal-*} segments are the log syncs.
 */
final class JfrFileForceCounter implements SyncCounter {
    private static final String FILE_FORCE = "jdk.FileForce";

    private final Path directory;
    private Recording recording;

    JfrFileForceCounter(Path directory) {
        this.directory = directory;
    }

    @Override
    public void start() {
        recording = new Recording();
        recording.setName("dosql-concurrent-commit-fsyncs");
        // Threshold zero: the default (20 ms) would only count slow fsyncs.
        recording.enable(FILE_FORCE).withThreshold(Duration.ZERO).withoutStackTrace();
        recording.start();
    }

    @Override
    public SyncCount stop() throws IOException {
        recording.stop();
        Path dump = Files.createTempFile("dosql-fsyncs-", ".jfr");
        try {
            recording.dump(dump);
            return count(dump);
        } finally {
            recording.close();
            Files.deleteIfExists(dump);
        }
    }

    private SyncCount count(Path dump) throws IOException {
        Path root = directory.toRealPath();
        long log = 0;
        long all = 0;
        try (RecordingFile events = new RecordingFile(dump)) {
            while (events.hasMoreEvents()) {
                RecordedEvent event = events.readEvent();
                if (!event.getEventType().getName().equals(FILE_FORCE)) {
                    continue;
                }
                String pathText = event.getString("path");
                if (pathText == null) {
                    continue;
                }
                Path path = Path.of(pathText);
                if (!path.startsWith(root) && !path.startsWith(directory)) {
                    continue;
                }
                all++;
                Path name = path.getFileName();
                if (name != null && name.toString().startsWith("wal-")) {
                    log++;
                }
            }
        }
        return new SyncCount(log, all);
    }
}
