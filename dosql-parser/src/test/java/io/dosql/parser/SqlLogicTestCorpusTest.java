package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parses every {@code statement}/{@code query} record of the shared sqllogictest corpus that applies
 * to PostgreSQL (skipping {@code onlyif <other>}, {@code skipif postgresql} and {@code statement error}).
 * All ~163k applicable records parse in a few seconds, so the whole corpus runs by default;
 * {@code -Ddosql.corpus.sample=N} parses only every N-th file. The corpus location can be changed with
 * {@code -Ddosql.corpus.dir}; the test is skipped when it is absent.
 */
class SqlLogicTestCorpusTest {
    private static final Path CORPUS = Paths.get(System.getProperty("dosql.corpus.dir", "/work/shared/sqllogictest"));

    @Test
    void everyApplicableRecordParses() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        int sample = Integer.getInteger("dosql.corpus.sample", 1);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(path -> path.toString().endsWith(".test")).sorted().collect(Collectors.toList());
        }
        int parsed = 0;
        Map<String, String> failures = new TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            if (i % sample != 0) {
                continue;
            }
            for (String sql : records(files.get(i))) {
                try {
                    SqlParser.parseScript(sql);
                    parsed++;
                } catch (DoSqlException failure) {
                    failures.putIfAbsent(failure.getMessage() + " @" + failure.position(), sql);
                }
            }
        }
        String report = failures.entrySet().stream().limit(40)
                .map(entry -> entry.getKey() + "\n    " + entry.getValue().replace("\n", "\n    "))
                .collect(Collectors.joining("\n"));
        assertThat(parsed).as("records parsed").isGreaterThan(sample == 1 ? 150_000 : 0);
        assertThat(failures).as("parsed %d records; distinct failures:%n%s", parsed, report).isEmpty();
    }

    /** The SQL of every record that applies to PostgreSQL and is expected to succeed. */
    static List<String> records(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> records = new ArrayList<>();
        boolean applies = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                applies = true;
                continue;
            }
            if (line.startsWith("onlyif ")) {
                applies &= word(line, 1).equals("postgresql");
                continue;
            }
            if (line.startsWith("skipif ")) {
                applies &= !word(line, 1).equals("postgresql");
                continue;
            }
            boolean statement = line.startsWith("statement ");
            boolean query = line.startsWith("query ");
            if (!statement && !query) {
                continue;
            }
            StringBuilder sql = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).trim().isEmpty() && !lines.get(j).startsWith("----")) {
                sql.append(lines.get(j)).append('\n');
                j++;
            }
            boolean expectsError = statement && word(line, 1).equals("error");
            if (applies && !expectsError) {
                records.add(sql.toString());
            }
            i = j - 1;
            applies = true;
        }
        return records;
    }

    private static String word(String line, int index) {
        String[] words = line.split("\\s+");
        return index < words.length ? words[index] : "";
    }
}
