package io.dosql.jdbc.durability;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Child JVM of {@link ConcurrentCrashTest}: several writer threads, each on its own connection and its
 * own rows, commit small transactions against one file database until killed. Thread t's transaction i
 * inserts ledger row (t, i), updates row (t, i - 5), deletes row (t, i - 20) and sets progress(t) to i;
 * one in ten is rolled back instead. It prints {@code READY}, then {@code ACK t i} once commit i returned.
 *
 * <p>Usage: {@code ConcurrentCrashWorkload URL THREADS SEED}.
 */
public final class ConcurrentCrashWorkload {
    static final int KEEP = 20;
    static final int TOUCH = 5;

    private ConcurrentCrashWorkload() {
    }

    static String payload(int thread, int seq) {
        return "t" + thread + "-s" + seq + "-" + "x".repeat((seq * 37 + thread * 11) % 200);
    }

    public static void main(String[] arguments) throws Exception {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
                StandardCharsets.UTF_8);
        String url = arguments[0];
        int threads = Integer.parseInt(arguments[1]);
        long seed = Long.parseLong(arguments[2]);
        int[] start = new int[threads];
        try (Connection setup = DriverManager.getConnection(url); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS ledger (thread INT, seq INT, payload TEXT NOT NULL,"
                    + " PRIMARY KEY (thread, seq))");
            statement.execute("CREATE TABLE IF NOT EXISTS progress (thread INT PRIMARY KEY, last INT NOT NULL)");
            for (int thread = 0; thread < threads; thread++) {
                statement.execute("INSERT INTO progress VALUES (" + thread + ", 0) ON CONFLICT DO NOTHING");
                try (ResultSet rows = statement.executeQuery("SELECT last FROM progress WHERE thread = " + thread)) {
                    rows.next();
                    start[thread] = rows.getInt(1);
                }
            }
        }
        synchronized (out) {
            out.println("READY");
            out.flush();
        }
        List<Thread> writers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int id = thread;
            Thread writer = new Thread(() -> {
                try {
                    write(url, id, start[id] + 1, new SplittableRandom(seed * 31 + id), out);
                } catch (Throwable failure) {
                    failure.printStackTrace();
                    System.exit(3);
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
    }

    private static void write(String url, int thread, int first, SplittableRandom random, PrintStream out)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            PreparedStatement insert = connection.prepareStatement("INSERT INTO ledger VALUES (?, ?, ?)");
            PreparedStatement touch = connection.prepareStatement(
                    "UPDATE ledger SET payload = payload || '+' WHERE thread = ? AND seq = ?");
            PreparedStatement trim = connection.prepareStatement("DELETE FROM ledger WHERE thread = ? AND seq = ?");
            PreparedStatement progress = connection.prepareStatement("UPDATE progress SET last = ? WHERE thread = ?");
            for (int seq = first; ; ) {
                insert.setInt(1, thread);
                insert.setInt(2, seq);
                insert.setString(3, payload(thread, seq));
                insert.executeUpdate();
                touch.setInt(1, thread);
                touch.setInt(2, seq - TOUCH);
                touch.executeUpdate();
                trim.setInt(1, thread);
                trim.setInt(2, seq - KEEP);
                trim.executeUpdate();
                progress.setInt(1, seq);
                progress.setInt(2, thread);
                progress.executeUpdate();
                if (random.nextInt(10) == 0) {
                    connection.rollback();
                    continue;
                }
                connection.commit();
                synchronized (out) {
                    out.println("ACK " + thread + " " + seq);
                    out.flush();
                }
                seq++;
            }
        }
    }
}
