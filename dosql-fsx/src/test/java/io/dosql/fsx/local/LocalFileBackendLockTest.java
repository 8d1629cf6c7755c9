package io.dosql.fsx.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database directory is opened by one backend at a time, in this JVM or another process. */
class LocalFileBackendLockTest {
    @TempDir
    Path directory;

    @Test
    void secondOpenInTheSameJvmIsRefusedUntilTheFirstCloses() {
        LocalFileBackend first = LocalFileBackend.open(directory, 4096);
        assertThatThrownBy(() -> LocalFileBackend.open(directory, 4096))
                .isInstanceOfSatisfying(DoSqlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.OBJECT_IN_USE);
                    assertThat(e.sqlState()).isEqualTo("55006");
                })
                .hasMessageContaining("is in use by another process");
        first.close();
        LocalFileBackend again = LocalFileBackend.open(directory, 4096);
        again.close();
    }

    @Test
    void anotherProcessIsRefusedWhileTheLockIsHeld() throws Exception {
        try (LocalFileBackend held = LocalFileBackend.open(directory, 4096)) {
            held.write("data", 0, ByteBuffer.wrap(new byte[] {1}));
            String outcome = runChild();
            assertThat(outcome).contains("55006").contains("is in use by another process");
        }
        assertThat(runChild()).contains("opened");
    }

    private String runChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), directory.toString())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
                .start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        assertThat(finished).as("child JVM finished").isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    /** Child-process entry point: tries to open the directory and prints the outcome. */
    public static final class LockProbe {
        public static void main(String[] arguments) {
            try (LocalFileBackend backend = LocalFileBackend.open(Path.of(arguments[0]), 4096)) {
                System.out.println("opened " + backend.list(""));
            } catch (DoSqlException e) {
                System.out.println(e.sqlState() + " " + e.getMessage());
            }
        }
    }
}
