package io.dosql.sqllogictest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Command line: {@code SltMain --url URL [--user U] [--password P] [--jar DRIVER.jar[:MORE.jar]] [--label postgresql]
 * [--timeout 60] [--report FILE] PATH...} runs every {@code .test} file under the paths (sorted) and prints one
 * line per file and a summary with the pass rate and the most frequent failures. Exit status 0 when every record
 * passed (or, with {@code --target PERCENT}, when the pass rate reaches it and no file aborted), 1 otherwise, 2 on
 * a usage error.
 */
public final class SltMain {

    private SltMain() {
    }

    public static void main(String[] arguments) {
        System.exit(run(arguments, System.out, System.err));
    }

    /** Runs the CLI; returns the exit status. */
    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        String url = null;
        String label = "postgresql";
        Duration timeout = Duration.ofSeconds(60);
        Path report = null;
        Double targetRate = null;
        String jar = null;
        Properties properties = new Properties();
        List<Path> paths = new ArrayList<>();
        try {
            for (int i = 0; i < arguments.length; i++) {
                String argument = arguments[i];
                switch (argument) {
                    case "--url" -> url = value(arguments, ++i, argument);
                    case "--user" -> properties.setProperty("user", value(arguments, ++i, argument));
                    case "--password" -> properties.setProperty("password", value(arguments, ++i, argument));
                    case "--jar" -> jar = value(arguments, ++i, argument);
                    case "--label" -> label = value(arguments, ++i, argument);
                    case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value(arguments, ++i, argument)));
                    case "--report" -> report = Path.of(value(arguments, ++i, argument));
                    case "--target" -> targetRate = Double.valueOf(value(arguments, ++i, argument));
                    case "-h", "--help" -> {
                        out.println(usage());
                        return 0;
                    }
                    default -> {
                        if (argument.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + argument);
                        }
                        paths.add(Path.of(argument));
                    }
                }
            }
            if (url == null || paths.isEmpty()) {
                throw new IllegalArgumentException("--url and at least one PATH are required");
            }
        } catch (IllegalArgumentException badUsage) {
            err.println(badUsage.getMessage());
            err.println(usage());
            return 2;
        }
        try {
            Driver driver = jar == null ? null : DriverLoader.load(jar, url);
            DatabaseTarget target = JdbcTargets.forUrl(url, new Connector(driver, properties));
            List<Path> files = SuiteRunner.collectFiles(paths);
            SuiteRunner runner = new SuiteRunner(target, label, timeout);
            SuiteResult result = runner.runAll(files, file -> {
                out.println(ReportFormatter.fileLine(file));
                out.flush();
            });
            out.print(ReportFormatter.summary(result, url, label));
            if (report != null) {
                Files.writeString(report, ReportFormatter.summary(result, url, label) + "\n"
                        + ReportFormatter.timings(result) + "\n" + ReportFormatter.details(result),
                        StandardCharsets.UTF_8);
                out.println("report written to " + report);
            }
            if (targetRate != null) {
                boolean met = result.passRate() >= targetRate && result.abortedFiles().isEmpty();
                out.printf(Locale.ROOT, "target: pass rate >= %.2f%% and no file aborted: %s%n", targetRate,
                        met ? "met" : "NOT met");
                return met ? 0 : 1;
            }
            return result.failed() == 0 ? 0 : 1;
        } catch (IOException | SQLException failure) {
            err.println("sqllogictest: " + failure.getMessage());
            return 2;
        }
    }

    private static String value(String[] arguments, int index, String option) {
        if (index >= arguments.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments[index];
    }

    private static String usage() {
        return "usage: SltMain --url JDBC-URL [--user U] [--password P] [--jar DRIVER.jar[:MORE.jar...]]\n"
                + "               [--label postgresql]\n"
                + "               [--timeout SECONDS] [--report FILE] [--target PERCENT] PATH...";
    }
}
