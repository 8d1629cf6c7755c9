package io.dosql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded all-in-one jar, started as users start it: {@code java -jar dosql.jar} with a script on stdin. */
class DoSqlJarIT {
    @Test
    void runsAScriptFromStandardInput() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("dosql.jar", "target/dosql.jar"));
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write("create table t(a int);\ninsert into t values (1), (2);\nselect sum(a) as total from t;\nselect nope;\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("CREATE TABLE", "INSERT 0 2", " total \n-------\n     3\n(1 row)\n",
                "ERROR:  column \"nope\" does not exist (SQLSTATE 42703)");
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.size(jar)).isGreaterThan(100_000);
    }
}
