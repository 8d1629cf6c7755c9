package io.dosql.sqllogictest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code scripts/sqllogictest.sh --file-db}: runs sqllogictest files on durable DoSQL files, a fresh
 * {@code jdbc:dosql:file:} directory per file (which {@link SltMain}'s single URL cannot express), and prints
 * what SltMain prints. Options: {@code --options synchronous_commit=off} (URL options), {@code --timeout S},
 * {@code --report FILE}, {@code --target PERCENT}, {@code --dir ROOT} (where the databases go); then PATHs.
 */
public final class FileSliceMain {
    private FileSliceMain() {
    }

    public static void main(String[] arguments) throws IOException {
        String options = FileDatabaseTarget.DEFAULT_OPTIONS;
        Duration timeout = Duration.ofSeconds(60);
        Path report = null;
        double targetRate = 99;
        Path root = null;
        List<Path> paths = new ArrayList<>();
        for (int index = 0; index < arguments.length; index++) {
            switch (arguments[index]) {
                case "--options" -> options = arguments[++index];
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(arguments[++index]));
                case "--report" -> report = Path.of(arguments[++index]);
                case "--target" -> targetRate = Double.parseDouble(arguments[++index]);
                case "--dir" -> root = Files.createDirectories(Path.of(arguments[++index]));
                default -> {
                    if (arguments[index].startsWith("--")) {
                        System.err.println("unknown option " + arguments[index] + " (with --file-db: --options,"
                                + " --timeout, --report, --target, --dir)");
                        System.exit(2);
                    }
                    paths.add(Path.of(arguments[index]));
                }
            }
        }
        Path databases = root != null ? root : Files.createTempDirectory("dosql-slt-file-");
        FileDatabaseTarget target = new FileDatabaseTarget(databases, options);
        String url = target.url(databases.resolve("<fresh per file>"));
        SuiteRunner runner = new SuiteRunner(target, "postgresql", timeout);
        SuiteResult result = runner.runAll(SuiteRunner.collectFiles(paths), file -> {
            System.out.println(ReportFormatter.fileLine(file));
            System.out.flush();
        });
        System.out.print(ReportFormatter.summary(result, url, "postgresql"));
        if (report != null) {
            Files.writeString(report, ReportFormatter.summary(result, url, "postgresql") + "\n"
                    + ReportFormatter.timings(result) + "\n" + ReportFormatter.details(result), StandardCharsets.UTF_8);
            System.out.println("report written to " + report);
        }
        if (root == null) {
            FileDatabaseTarget.deleteTree(databases);
        }
        boolean met = result.passRate() >= targetRate && result.abortedFiles().isEmpty();
        System.out.printf(Locale.ROOT, "target: pass rate >= %.3f%% and no file aborted: %s%n", targetRate,
                met ? "met" : "NOT met");
        System.exit(met ? 0 : 1);
    }
}
