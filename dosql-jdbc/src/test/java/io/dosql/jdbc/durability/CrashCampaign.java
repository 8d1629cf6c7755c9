package io.dosql.jdbc.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the crash test: starts a {@link CrashWorkload} child on one database, kills it with SIGKILL at a
 * random moment, reopens the database here, checks it with {@link CrashVerifier}, and starts the next
 * child on the same database, so the kills accumulate.
 *
 * <p>The parent keeps the expected state by planning the acknowledged transactions itself (the plan is a
 * function of the seed, the transaction number and the state before it). Where commits may be lost
 * ({@code synchronous_commit=off}) the database must hold a prefix of the acknowledged transactions: the
 * parent takes the newest commit it finds and expects exactly the transactions up to it. After a failed
 * check it adopts what the database holds and goes on, so one bug does not hide the next; the figures
 * count failures.
 */
final class CrashCampaign {
    private final CrashTarget target;
    private final String options;
    private final Path workDirectory;
    private final long seed;
    private final int kills;
    private final int maxRunMillis;
    private final Consumer<String> progress;

    CrashCampaign(CrashTarget target, String options, Path workDirectory, long seed, int kills, int maxRunMillis,
                  Consumer<String> progress) {
        this.target = target;
        this.options = options;
        this.workDirectory = workDirectory;
        this.seed = seed;
        this.kills = kills;
        this.maxRunMillis = maxRunMillis;
        this.progress = progress;
    }

    CrashFigures run() throws IOException, InterruptedException {
        Path database = workDirectory.resolve("db");
        Files.createDirectories(database);
        Path errorFile = workDirectory.resolve("child.err");
        Random killTimes = new Random(seed);
        CrashFigures figures = new CrashFigures();
        BankState state = new BankState();
        TreeMap<Long, Integer> commits = new TreeMap<>();
        long next = 1;
        long maxLedgerId = 0;
        for (int kill = 1; kill <= kills; kill++) {
            ChildProcess child = ChildProcess.start(target, options, database, seed, next, errorFile);
            boolean beforeReady = killTimes.nextInt(10) == 0;
            if (beforeReady) {
                Thread.sleep(killTimes.nextInt(800));
            } else if (!child.awaitReady(60)) {
                figures.failures.add("kill " + kill + ": the child was not ready within 60 s; stderr: " + child.errorOutput());
            } else {
                Thread.sleep(killTimes.nextInt(maxRunMillis));
            }
            boolean aliveAtKill = child.isAlive();
            child.kill();
            figures.kills++;
            if (!aliveAtKill) {
                figures.failures.add("kill " + kill + ": the child ended by itself with status " + child.exitValue()
                        + "; output " + child.otherLines() + "; stderr: " + child.errorOutput());
            }
            List<Long> acknowledged = child.acknowledged();
            if (beforeReady && acknowledged.isEmpty()) {
                figures.killsBeforeReady++;
            }
            for (int index = 0; index < acknowledged.size(); index++) {
                if (acknowledged.get(index) != next + index) {
                    figures.failures.add("kill " + kill + ": acknowledgements out of order: " + acknowledged);
                    break;
                }
            }
            long lastAcknowledged = next + acknowledged.size() - 1;
            figures.acknowledged += acknowledged.size();
            // plans.get(i) is transaction next + i; the last one is the transaction in flight at the kill.
            List<TransactionPlan> plans = new ArrayList<>();
            BankState before = state;
            for (long transaction = next; transaction <= lastAcknowledged + 1; transaction++) {
                TransactionPlan plan = WorkloadPlanner.plan(seed, transaction, before);
                plans.add(plan);
                before = plan.after();
            }
            CrashVerifier.Outcome outcome;
            long survivingPrefix;
            try {
                long start = System.nanoTime();
                try (Connection connection = reopen(database, kill, figures)) {
                    figures.recoveryNanos.add(System.nanoTime() - start);
                    figures.recoveries++;
                    survivingPrefix = lastAcknowledged;
                    if (target.commitsMayBeLost(options)) {
                        // Up to the newest commit found, and on over the planned ROLLBACKs after it.
                        survivingPrefix = newestCommit(connection, next - 1, lastAcknowledged);
                        while (survivingPrefix < lastAcknowledged
                                && !plans.get((int) (survivingPrefix + 1 - next)).commits()) {
                            survivingPrefix++;
                        }
                    }
                    figures.lostAcknowledged += countCommits(plans, survivingPrefix + 1, lastAcknowledged, next);
                    TreeMap<Long, Integer> expectedCommits = new TreeMap<>(commits);
                    BankState expectedState = state;
                    for (long transaction = next; transaction <= survivingPrefix; transaction++) {
                        TransactionPlan plan = plans.get((int) (transaction - next));
                        expectedState = plan.after();
                        if (plan.commits()) {
                            expectedCommits.put(transaction, plan.steps().size());
                        }
                    }
                    TransactionPlan inFlight = plans.get((int) (survivingPrefix + 1 - next));
                    outcome = CrashVerifier.verify(connection, new CrashVerifier.Expectation(expectedState,
                            expectedCommits, inFlight, next - 1, maxLedgerId));
                    if (outcome.failures().isEmpty()) {
                        state = outcome.inFlightPresent() ? inFlight.after() : expectedState;
                        commits = expectedCommits;
                        if (outcome.inFlightPresent()) {
                            commits.put(inFlight.transaction(), inFlight.steps().size());
                        }
                    }
                }
            } catch (SQLException failed) {
                figures.failures.add("kill " + kill + ": reopening (3 attempts) or reading failed: "
                        + failed.getSQLState() + " " + failed.getMessage());
                break;
            }
            for (long transaction = next; transaction <= lastAcknowledged; transaction++) {
                if (!plans.get((int) (transaction - next)).commits()) {
                    figures.rolledBackByPlan++;
                }
            }
            if (outcome.failures().isEmpty()) {
                if (outcome.inFlightPresent()) {
                    figures.inFlightPresent++;
                    next = survivingPrefix + 2;
                } else {
                    figures.inFlightAbsent++;
                    next = survivingPrefix + 1;
                }
            } else {
                for (String failure : outcome.failures()) {
                    figures.failures.add("kill " + kill + " (acknowledged up to " + lastAcknowledged + "): " + failure);
                }
                state = outcome.state();
                commits = outcome.commits();
                next = Math.max(lastAcknowledged, commits.isEmpty() ? 0 : commits.lastKey()) + 1;
            }
            maxLedgerId = outcome.maxLedgerId();
            if (progress != null && (kill % 10 == 0 || kill == kills || !outcome.failures().isEmpty())) {
                progress.accept(String.format(Locale.ROOT,
                        "kill %d: %d acknowledged, %d commits verified, in-flight present %d / absent %d,"
                                + " reopen mean %.0f ms max %.0f ms, %s, %d failures",
                        kill, figures.acknowledged, commits.size(), figures.inFlightPresent, figures.inFlightAbsent,
                        figures.meanRecoveryMillis(), figures.maxRecoveryMillis(), state, figures.failures.size()));
            }
        }
        figures.verifiedCommits = commits.size();
        figures.databaseBytes = sizeOf(database);
        return figures;
    }

    /** Opens the database; a failure is counted, and retried twice (it may be transient) before it is thrown. */
    private Connection reopen(Path database, int kill, CrashFigures figures) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return DriverManager.getConnection(target.url(database, options));
            } catch (SQLException failed) {
                if (attempt == 3) {
                    throw failed;
                }
                figures.failures.add("kill " + kill + ": reopen attempt " + attempt + " failed: " + failed.getSQLState()
                        + " " + failed.getMessage());
            }
        }
    }

    /**
     * The newest transaction of this run the database committed, at most {@code lastAcknowledged} (one
     * past it is the in-flight transaction, which the verifier handles); {@code previous} when none.
     */
    private static long newestCommit(Connection connection, long previous, long lastAcknowledged) throws SQLException {
        boolean[] exist = BankStateReader.tablesExist(connection);
        if (!exist[2]) {
            return previous;
        }
        Long newest = BankStateReader.commits(connection).floorKey(lastAcknowledged);
        return newest == null || newest < previous ? previous : newest;
    }

    private static long countCommits(List<TransactionPlan> plans, long from, long to, long first) {
        long count = 0;
        for (long transaction = from; transaction <= to; transaction++) {
            if (plans.get((int) (transaction - first)).commits()) {
                count++;
            }
        }
        return count;
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
