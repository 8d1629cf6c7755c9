package io.dosql.jdbc.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A running {@link CrashWorkload} child JVM: collects its {@code ACK n} lines on a reader thread, and is
 * killed with SIGKILL (through its {@link ProcessHandle}, which unlike {@link Process#destroyForcibly()}
 * leaves our end of the pipe open, so acknowledgements written just before the kill are still read).
 */
final class ChildProcess {
    private final Process process;
    private final Path errorFile;
    private final Thread reader;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final List<Long> acknowledged = new ArrayList<>();
    private final List<String> otherLines = new ArrayList<>();

    private ChildProcess(Process process, Path errorFile) {
        this.process = process;
        this.errorFile = errorFile;
        this.reader = new Thread(this::readOutput, "crash-child-output");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Starts {@code CrashWorkload TARGET OPTIONS DIRECTORY SEED FIRST} with this JVM's java and class path. */
    static ChildProcess start(CrashTarget target, String options, Path directory, long seed, long first,
                              Path errorFile)
            throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), CrashWorkload.class.getName(), target.name(),
                options, directory.toString(), Long.toString(seed), Long.toString(first));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.to(errorFile.toFile()))
                .start();
        return new ChildProcess(process, errorFile);
    }

    boolean awaitReady(long seconds) throws InterruptedException {
        return ready.await(seconds, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits for the process to end and for its output to be read to the end. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child " + process.pid() + " survived SIGKILL for 30 s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    int exitValue() {
        return process.exitValue();
    }

    /** The transactions acknowledged, in the order printed; complete once {@link #kill()} returned. */
    synchronized List<Long> acknowledged() {
        return List.copyOf(acknowledged);
    }

    synchronized List<String> otherLines() {
        return List.copyOf(otherLines);
    }

    /** The child's stderr, for failure reports. */
    String errorOutput() {
        try {
            String text = Files.readString(errorFile, StandardCharsets.UTF_8);
            return text.length() > 4_000 ? text.substring(0, 4_000) + "…" : text;
        } catch (IOException unreadable) {
            return "(stderr unreadable: " + unreadable.getMessage() + ")";
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    synchronized (this) {
                        acknowledged.add(Long.parseLong(line.substring(4)));
                    }
                } else if (line.equals("READY")) {
                    ready.countDown();
                } else {
                    synchronized (this) {
                        otherLines.add(line);
                    }
                }
            }
        } catch (IOException | NumberFormatException ended) {
            synchronized (this) {
                otherLines.add("output ended: " + ended);
            }
        }
    }
}
