package io.dosql.engine.slt;

import io.dosql.core.DoSqlException;
import io.dosql.engine.Database;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.RowCursor;
import io.dosql.engine.Session;
import io.dosql.engine.StatementResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A minimal sqllogictest runner straight over the Session API (no JDBC), used by engine developers to
 * measure the corpus pass rate and rank failures; the project's real runner lives in dosql-sqllogictest.
 * Run its main with the corpus directory (and optionally a file-name filter).
 */
public final class SessionLogicTestRunner {
    private int passed;
    private int failed;
    private int skipped;
    private final Map<String, Integer> failureKinds = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();

    public static void main(String[] arguments) throws IOException {
        SessionLogicTestRunner runner = new SessionLogicTestRunner();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(arguments[0]))) {
            files = walk.filter(path -> path.toString().endsWith(".test")).sorted().toList();
        }
        for (Path file : files) {
            if (arguments.length > 1 && !file.toString().contains(arguments[1])) {
                continue;
            }
            long start = System.nanoTime();
            int before = runner.failed;
            int passedBefore = runner.passed;
            runner.runFile(file);
            System.out.printf("%-60s pass %6d fail %5d  %5d ms%n", file, runner.passed - passedBefore,
                    runner.failed - before, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("TOTAL pass %d fail %d skipped %d  rate %.3f%%%n", runner.passed, runner.failed, runner.skipped,
                100.0 * runner.passed / Math.max(1, runner.passed + runner.failed));
        runner.failureKinds.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                .forEach(entry -> System.out.println(entry.getValue() + "  " + entry.getKey()));
        for (String example : runner.examples) {
            System.out.println("---- " + example);
        }
    }

    private void fail(String kind, String example) {
        failed++;
        String key = kind.length() > 120 ? kind.substring(0, 120) : kind;
        failureKinds.merge(key, 1, Integer::sum);
        if (failureKinds.get(key) <= (key.equals("wrong result") ? 40 : 2)) {
            examples.add(kind + "\n" + example);
        }
    }

    void runFile(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int hashThreshold = 0;
        try (Database database = Database.inMemory()) {
            Session session = database.openSession();
            int index = 0;
            while (index < lines.size()) {
                String line = lines.get(index);
                if (line.isBlank() || line.startsWith("#")) {
                    index++;
                    continue;
                }
                boolean skip = false;
                while (line.startsWith("skipif") || line.startsWith("onlyif")) {
                    String engine = line.split("\\s+")[1];
                    if (line.startsWith("skipif") && engine.equals("postgresql")
                            || line.startsWith("onlyif") && !engine.equals("postgresql")) {
                        skip = true;
                    }
                    line = lines.get(++index);
                }
                if (line.startsWith("halt")) {
                    if (!skip) {
                        break;
                    }
                    index++;
                    continue;
                }
                if (line.startsWith("hash-threshold")) {
                    hashThreshold = Integer.parseInt(line.split("\\s+")[1]);
                    index++;
                    continue;
                }
                String[] header = line.trim().split("\\s+");
                index++;
                StringBuilder sql = new StringBuilder();
                while (index < lines.size() && !lines.get(index).isBlank() && !lines.get(index).equals("----")) {
                    sql.append(sql.length() == 0 ? "" : "\n").append(lines.get(index));
                    index++;
                }
                List<String> expected = new ArrayList<>();
                if (index < lines.size() && lines.get(index).equals("----")) {
                    index++;
                    while (index < lines.size() && !lines.get(index).isBlank()) {
                        expected.add(lines.get(index));
                        index++;
                    }
                }
                if (skip) {
                    skipped++;
                    continue;
                }
                if (header[0].equals("statement")) {
                    runStatement(session, header[1].equals("ok"), sql.toString(), file);
                } else if (header[0].equals("query")) {
                    runQuery(session, header, sql.toString(), expected, hashThreshold, file);
                }
            }
        }
    }

    private void runStatement(Session session, boolean shouldSucceed, String sql, Path file) {
        try {
            session.execute(sql, List.of());
            if (shouldSucceed) {
                passed++;
            } else {
                fail("statement should have failed", file + ": " + sql);
            }
        } catch (DoSqlException error) {
            if (shouldSucceed) {
                fail("statement error: " + error.getMessage(), file + ": " + sql);
            } else {
                passed++;
            }
        } catch (RuntimeException | StackOverflowError crash) {
            fail("crash: " + crash, file + ": " + sql);
        }
    }

    private void runQuery(Session session, String[] header, String sql, List<String> expected, int hashThreshold,
                          Path file) {
        String types = header[1];
        String sortMode = header.length > 2 ? header[2] : "nosort";
        List<List<String>> rows = new ArrayList<>();
        try {
            StatementResult result = session.execute(sql, List.of());
            List<ResultColumn> columns = result.columns();
            RowCursor cursor = result.rows();
            while (cursor.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 0; column < columns.size(); column++) {
                    char type = column < types.length() ? types.charAt(column) : 'T';
                    row.add(format(cursor.get(column), type));
                }
                rows.add(row);
            }
        } catch (DoSqlException error) {
            fail("query error: " + error.getMessage(), file + ": " + sql);
            return;
        } catch (RuntimeException | StackOverflowError crash) {
            fail("crash: " + crash, file + ": " + sql);
            return;
        }
        List<String> values = new ArrayList<>();
        if (sortMode.equals("rowsort")) {
            rows.sort((a, b) -> {
                for (int column = 0; column < a.size(); column++) {
                    int result = a.get(column).compareTo(b.get(column));
                    if (result != 0) {
                        return result;
                    }
                }
                return 0;
            });
        }
        for (List<String> row : rows) {
            values.addAll(row);
        }
        if (sortMode.equals("valuesort")) {
            values.sort(null);
        }
        List<String> actual = values;
        if (hashThreshold > 0 && values.size() > hashThreshold) {
            actual = List.of(values.size() + " values hashing to " + md5(values));
        }
        List<String> expectedValues = expected;
        if (expected.size() != actual.size() && !(expected.size() == 1 && expected.get(0).contains("hashing"))) {
            expectedValues = new ArrayList<>();
            for (String line : expected) {
                expectedValues.addAll(List.of(line.trim().split("\\s+")));
            }
        }
        if (expected.size() == 1 && expected.get(0).contains("values hashing to") && !actual.get(0).contains("hashing")) {
            actual = List.of(values.size() + " values hashing to " + md5(values));
        }
        if (actual.equals(expectedValues)) {
            passed++;
        } else {
            fail("wrong result", file + ": " + sql + "\n  expected " + shorten(expectedValues) + "\n  actual   "
                    + shorten(actual));
        }
    }

    private static String shorten(List<String> values) {
        String text = values.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String format(Object value, char type) {
        if (value == null) {
            return "NULL";
        }
        switch (type) {
            case 'I':
                if (value instanceof Number number) {
                    if (value instanceof BigDecimal decimal) {
                        return decimal.setScale(0, java.math.RoundingMode.DOWN).toPlainString();
                    }
                    if (value instanceof Double || value instanceof Float) {
                        return Long.toString((long) number.doubleValue());
                    }
                    return Long.toString(number.longValue());
                }
                if (value instanceof Boolean bool) {
                    return bool ? "1" : "0";
                }
                return text(value.toString());
            case 'R':
                if (value instanceof Number number) {
                    return String.format(Locale.ROOT, "%.3f", number.doubleValue());
                }
                return text(value.toString());
            default:
                return text(value.toString());
        }
    }

    private static String text(String value) {
        if (value.isEmpty()) {
            return "(empty)";
        }
        StringBuilder builder = new StringBuilder();
        for (char character : value.toCharArray()) {
            builder.append(character < 0x20 || character > 0x7e ? '@' : character);
        }
        return builder.toString();
    }

    private static String md5(List<String> values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            for (String value : values) {
                digest.update(value.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
