package io.dosql.sqllogictest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Test helper: the {@code .test} files under a folder of the test resources. */
final class TestResources {

    private TestResources() {
    }

    /** The folder {@code src/test/resources/<name>} as it is on the test classpath. */
    static Path directory(String name) {
        URL url = TestResources.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource folder missing: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Every {@code .test} file under the folder, sorted. */
    static List<Path> scripts(String name) {
        try {
            return SuiteRunner.collectFiles(List.of(directory(name)));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The file's path relative to the resource folder, for test names and ratchet tables. */
    static String relativeName(String folder, Path file) {
        return directory(folder).relativize(file).toString().replace('\\', '/');
    }
}
