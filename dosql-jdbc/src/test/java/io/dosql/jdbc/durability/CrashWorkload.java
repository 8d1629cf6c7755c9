package io.dosql.jdbc.durability;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Child-process entry point of the crash test: opens the database, creates the workload's tables if
 * absent, prints {@code READY}, then runs the planned transactions from {@code FIRST} on, printing
 * {@code ACK n} (flushed) as soon as transaction n's COMMIT (or planned ROLLBACK) has returned.
 *
 * <p>Usage: {@code CrashWorkload TARGET URL-OPTIONS DIRECTORY SEED FIRST [LAST]}; with LAST it prints {@code DONE}
 * and exits after transaction LAST, otherwise it runs until killed. Any error ends it with status 3 and
 * the stack trace on stderr.
 */
public final class CrashWorkload {
    private CrashWorkload() {
    }

    public static void main(String[] arguments) {
        // Buffered, and flushed once per line: each line leaves in one write(2), so a kill cannot cut one.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
                StandardCharsets.UTF_8);
        CrashTarget target = CrashTarget.valueOf(arguments[0]);
        String options = arguments[1];
        Path directory = Path.of(arguments[2]);
        long seed = Long.parseLong(arguments[3]);
        long first = Long.parseLong(arguments[4]);
        long last = arguments.length > 5 ? Long.parseLong(arguments[5]) : Long.MAX_VALUE;
        exitWhenTheParentGoes();
        try {
            run(target, options, directory, seed, first, last, out);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(3);
        }
        System.exit(0);
    }

    static void run(CrashTarget target, String options, Path directory, long seed, long first, long last,
                    PrintStream out) throws SQLException {
        try (Connection connection = DriverManager.getConnection(target.url(directory, options))) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String ddl : target.schema()) {
                    statement.execute(ddl);
                }
            }
            connection.commit();
            BankState state = BankStateReader.read(connection);
            connection.commit();
            say(out, "READY");
            try (StepRunner runner = new StepRunner(connection)) {
                for (long transaction = first; transaction <= last; transaction++) {
                    TransactionPlan plan = WorkloadPlanner.plan(seed, transaction, state);
                    runner.run(plan);
                    state = plan.after();
                    say(out, "ACK " + transaction);
                }
            }
            say(out, "DONE");
        }
    }

    /** Our stdin is a pipe from the parent: when it closes, the parent is gone and nobody would kill us. */
    private static void exitWhenTheParentGoes() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; wait for the end of the stream
                }
            } catch (IOException closed) {
                // the same: the parent is gone
            }
            Runtime.getRuntime().halt(4);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void say(PrintStream out, String line) {
        out.print(line + "\n");
        out.flush();
    }
}
