package io.dosql.jdbc.durability;

import io.dosql.core.DoSqlException;
import io.dosql.engine.Database;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.RowCursor;
import io.dosql.engine.Session;
import io.dosql.engine.StatementResult;
import io.dosql.engine.durable.DurableStorage;
import io.dosql.fsx.fault.FaultInjectingBackend;
import io.dosql.fsx.memory.MemoryBackend;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A durable DoSQL database on simulated storage ({@link MemoryBackend} behind a {@link FaultInjectingBackend})
 * that survives its incarnations: {@link #powerLoss()} abandons the running database, drops every write
 * not synced and opens the storage again (recovery); {@link #restart()} closes cleanly and reopens.
 */
final class FaultyDatabase implements AutoCloseable {
    final FaultInjectingBackend faults;
    private final DurableOptions options;
    private SeveringBackend incarnation;
    private Database database;

    FaultyDatabase(DurableOptions options) {
        this(new MemoryBackend(DurableStorage.PAGE_SIZE), options);
    }

    /** Opens (recovers) the database whose objects {@code storage} already holds; they count as durable. */
    FaultyDatabase(MemoryBackend storage, DurableOptions options) {
        this.faults = new FaultInjectingBackend(storage);
        this.options = options;
        open();
    }

    /** A copy of every stored object, to open a variant of this database (for instance a corrupted one). */
    MemoryBackend copyOfStorage() {
        MemoryBackend copy = new MemoryBackend(DurableStorage.PAGE_SIZE);
        for (String name : faults.base().list("")) {
            ByteBuffer bytes = ByteBuffer.allocate((int) faults.base().size(name));
            faults.base().read(name, 0, bytes);
            bytes.flip();
            copy.write(name, 0, bytes);
        }
        return copy;
    }

    Database database() {
        return database;
    }

    /** The backend of the running incarnation (to aim torn writes). */
    SeveringBackend backend() {
        return incarnation;
    }

    void powerLoss() {
        incarnation.sever();
        faults.crash();
        closeQuietly();
        open();
    }

    void restart() {
        faults.clearFaults();
        closeQuietly();
        open();
    }

    /** Runs a script on a new session; returns the rows of its last statement as {@code a|b|c} lines. */
    List<String> query(String sql) {
        try (Session session = database.openSession()) {
            return rows(session, sql);
        }
    }

    void execute(String sql) {
        try (Session session = database.openSession()) {
            session.executeScript(sql).forEach(StatementResult::close);
        }
    }

    static List<String> rows(Session session, String sql) {
        List<StatementResult> results = session.executeScript(sql);
        StatementResult last = results.get(results.size() - 1);
        List<String> rows = new ArrayList<>();
        RowCursor cursor = last.rows();
        int width = last.columns().size();
        while (cursor.next()) {
            StringBuilder row = new StringBuilder();
            for (int index = 0; index < width; index++) {
                Object value = cursor.get(index);
                row.append(index == 0 ? "" : "|").append(value);
            }
            rows.add(row.toString());
        }
        results.forEach(StatementResult::close);
        return rows;
    }

    private void open() {
        incarnation = new SeveringBackend(faults);
        database = Database.open(incarnation, options);
    }

    private void closeQuietly() {
        try {
            database.close();
        } catch (DoSqlException expected) {
            // a severed or poisoned database may fail to close; its storage is already what it is
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
