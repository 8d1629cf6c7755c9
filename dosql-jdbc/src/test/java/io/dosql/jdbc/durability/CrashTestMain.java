package io.dosql.jdbc.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Command line of {@code scripts/crash-test.sh}: runs a crash campaign and prints its figures; exit
 * status 0 when no check failed. System properties: {@code dosql.crash.kills} (default 1000),
 * {@code dosql.crash.seed}, {@code dosql.crash.target} (DOSQL or SQLITE), {@code dosql.crash.urlOptions}, {@code dosql.crash.maxRunMillis}
 * (longest run of a child before its kill, default 1500), {@code dosql.crash.dir} (kept afterwards).
 */
public final class CrashTestMain {
    private CrashTestMain() {
    }

    public static void main(String[] arguments) throws Exception {
        int kills = Integer.getInteger("dosql.crash.kills", 1000);
        long seed = Long.getLong("dosql.crash.seed", System.currentTimeMillis());
        CrashTarget target = CrashTarget.valueOf(System.getProperty("dosql.crash.target", "DOSQL"));
        int maxRunMillis = Integer.getInteger("dosql.crash.maxRunMillis", 1_500);
        String options = System.getProperty("dosql.crash.urlOptions", CrashTarget.DEFAULT_OPTIONS);
        String directoryProperty = System.getProperty("dosql.crash.dir");
        Path directory = directoryProperty == null ? Files.createTempDirectory("dosql-crash-")
                : Files.createDirectories(Path.of(directoryProperty));
        System.out.printf("crash test: %d kills on %s, seed %d, %s%n", kills, target, seed,
                target.url(directory.resolve("db"), options));
        long start = System.nanoTime();
        CrashFigures figures = new CrashCampaign(target, options, directory, seed, kills, maxRunMillis,
                System.out::println).run();
        System.out.print(figures.format(target, seed, (System.nanoTime() - start) / 1e9));
        if (directoryProperty == null && figures.failures.isEmpty()) {
            deleteTree(directory);
        } else {
            System.out.println("database kept under " + directory);
        }
        System.exit(figures.failures.isEmpty() ? 0 : 1);
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
