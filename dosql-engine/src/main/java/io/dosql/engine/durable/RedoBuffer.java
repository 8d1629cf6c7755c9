package io.dosql.engine.durable;

import io.dosql.engine.catalog.TableInfo;
import java.util.List;

/**
 * The redo of one write transaction, built while it runs and written to the WAL at COMMIT: table-store
 * changes (by table name and row id, with whole rows), DDL as SQL text with its search_path, and at
 * commit the identity counters that moved. The WAL DATA records of one transaction, concatenated, hold
 * a sequence of operations (records cut it at arbitrary byte boundaries):
 * <pre>
 *   op byte  fields                                        meaning
 *   1 TABLE    schema str, table str                       row ops below apply to this table
 *   2 PUT      row id varint, row                          store the row under the id (insert)
 *   3 UPDATE   row id varint, row                          the row's new values
 *   4 DELETE   row id varint                               remove the row
 *   5 CLEAR    -                                           remove every row
 *   6 DDL      n varint, n × schema str, sql str, params   re-execute with that search_path
 *   7 IDENTITY schema str, table str, column str, zigzag   the counter reached this value
 *   8 SEQUENCE schema str, sequence str, zigzag, byte      the sequence's last value and is_called
 *
 *   str = varint length + UTF-8; row / params = {@link ValueCodec} row (varint count, tagged values)
 * </pre>
 *
 * <p>Undo does not log compensations: a rollback to a mark (failed statement, ROLLBACK TO SAVEPOINT)
 * {@linkplain #truncate truncates} the buffer to its size at the mark, which is exactly the change the
 * undo performs in memory (inserts carry their row id, so later row ids need not be reassigned). Changes
 * made while the buffer is {@linkplain #suspend() suspended} (inside DDL, while undoing) are not logged.
 */
public final class RedoBuffer {
    /**
     * Bytes per chunk: a large transaction's redo is a list of chunks, never one array grown by copying.
     * A chunk (2.5 MB allocated) is larger than half a G1 region on common heaps (4 MB regions), so G1
     * allocates it outside the young generation and young collections do not copy a bulk load's redo.
     */
    static final int CHUNK_BYTES = 2 << 20;

    /** Full chunks in order (operations start in the chunk that holds them, then may not span chunks). */
    private final java.util.ArrayList<ByteSink> sealed = new java.util.ArrayList<>();
    /** Bytes in {@link #sealed}. */
    private long sealedBytes;
    /** The chunk being written (null until the first operation). */
    private ByteSink bytes;
    private int suspended;
    /** The table the last TABLE op selected (null: none), and the name it had then. */
    private TableInfo selected;
    private String selectedSchema;
    private String selectedName;
    /** The DDL statements in the buffer, with the buffer size before each (for truncation). */
    private final java.util.ArrayList<LoggedDdl> ddl = new java.util.ArrayList<>();
    private final java.util.ArrayList<Integer> ddlPositions = new java.util.ArrayList<>();

    /** Allocated size of a full chunk (room for the operation that crosses {@link #CHUNK_BYTES}). */
    private static final int CHUNK_CAPACITY = CHUNK_BYTES + CHUNK_BYTES / 4;

    /** Full-size chunks of ended transactions, reused (null: always allocate). */
    private final RedoChunks chunks;
    /**
     * The first {@code writtenChunks} sealed chunks ({@code writtenBytes} bytes) are already in the log as
     * DATA records of {@link #walTransactionId} (written ahead of the COMMIT: no rollback can reach them).
     */
    private int writtenChunks;
    private long writtenBytes;
    /** The log's id for this transaction once something was written ahead (0: none yet). */
    private long walTransactionId;
    /** Set when the COMMIT record is in the log. */
    private boolean logged;

    public RedoBuffer() {
        this(null);
    }

    RedoBuffer(RedoChunks chunks) {
        this.chunks = chunks;
    }

    /**
     * A transaction's first chunk starts small and grows by copying; past this size it is sealed and a
     * full-size (reused) chunk follows, so a large transaction does not copy its way up to a full chunk.
     */
    private static final int SMALL_CHUNK_LIMIT = 64 << 10;

    /** Where the next operation goes: a full chunk is sealed first. */
    private ByteSink sink() {
        if (bytes == null) {
            bytes = new ByteSink(256);
        } else if (bytes.size() >= CHUNK_BYTES
                || bytes.size() >= SMALL_CHUNK_LIMIT && bytes.array().length < CHUNK_CAPACITY) {
            if (sealedBytes + bytes.size() > Integer.MAX_VALUE - CHUNK_BYTES) {
                throw new IllegalStateException("redo buffer exceeds 2 GB");
            }
            sealed.add(bytes);
            sealedBytes += bytes.size();
            ByteSink reused = chunks == null ? null : chunks.take();
            bytes = reused != null ? reused : new ByteSink(CHUNK_CAPACITY);
        }
        return bytes;
    }

    /** Whether a sealed chunk not yet written lies wholly below byte {@code settled}. */
    boolean hasSettledChunk(long settled) {
        return writtenChunks < sealed.size() && writtenBytes + sealed.get(writtenChunks).size() <= settled;
    }

    /** Passes the sealed chunks wholly below byte {@code settled} not written yet, and counts them written. */
    void writeSettledChunks(long settled, ChunkConsumer consumer) {
        while (hasSettledChunk(settled)) {
            ByteSink chunk = sealed.get(writtenChunks);
            consumer.accept(chunk.array(), chunk.size());
            writtenChunks++;
            writtenBytes += chunk.size();
        }
    }

    long walTransactionId() {
        return walTransactionId;
    }

    void walTransactionId(long id) {
        walTransactionId = id;
    }

    /** Whether DATA records of this transaction are in the log without its COMMIT (an ABORT then ends them). */
    boolean writtenAheadUncommitted() {
        return walTransactionId != 0 && !logged; // the id is taken when the first chunk is written ahead
    }

    void markLogged() {
        logged = true;
    }

    /**
     * The transaction is over (its redo is in the log, or it rolled back): full-size chunks go back for
     * reuse and the buffer is empty. Nothing may be logged into it afterwards.
     */
    public void release() {
        if (chunks != null) {
            for (ByteSink chunk : sealed) {
                if (chunk.array().length >= CHUNK_CAPACITY) {
                    chunks.give(chunk);
                }
            }
            if (bytes != null && bytes.array().length >= CHUNK_CAPACITY) {
                chunks.give(bytes);
            }
        }
        sealed.clear();
        sealedBytes = 0;
        writtenChunks = 0;
        writtenBytes = 0;
        walTransactionId = 0;
        logged = false;
        bytes = null;
        selected = null;
        ddl.clear();
        ddlPositions.clear();
    }

    public int size() {
        return (int) (sealedBytes + (bytes == null ? 0 : bytes.size()));
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Stops logging (nests); store changes are not recorded until the matching {@link #resume()}. */
    public void suspend() {
        suspended++;
    }

    public void resume() {
        suspended--;
    }

    boolean accepting() {
        return suspended == 0;
    }

    /** Forgets every operation from byte {@code size} on (a rollback to a mark taken at that size). */
    public void truncate(int size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("cannot truncate " + size() + " bytes to " + size);
        }
        if (size < writtenBytes) {
            if (size != 0) {
                throw new IllegalStateException("cannot roll the redo back to " + size + " bytes: "
                        + writtenBytes + " are in the log already");
            }
            // The whole transaction rolls back: what it wrote ahead is ended by an ABORT when it ends.
            sealedBytes = 0;
            sealed.clear();
            writtenChunks = 0;
            writtenBytes = 0;
            bytes = null;
        }
        while (size < sealedBytes) {
            bytes = sealed.remove(sealed.size() - 1);
            sealedBytes -= bytes.size();
        }
        if (bytes != null) {
            bytes.truncate((int) (size - sealedBytes));
        }
        while (!ddlPositions.isEmpty() && ddlPositions.get(ddlPositions.size() - 1) >= size) {
            ddlPositions.remove(ddlPositions.size() - 1);
            ddl.remove(ddl.size() - 1);
        }
        selected = null;
    }

    private void select(TableInfo table) {
        if (selected == table && table.name.equals(selectedName) && table.schema.equals(selectedSchema)) {
            return;
        }
        ByteSink out = sink();
        out.writeByte(RedoOp.TABLE.code);
        out.writeString(table.schema);
        out.writeString(table.name);
        selected = table;
        selectedSchema = table.schema;
        selectedName = table.name;
    }

    void put(TableInfo table, long rowId, Object[] row) {
        rowOp(table, RedoOp.PUT, rowId, row);
    }

    /** {@link #put} of a row already encoded by {@link ValueCodec#encodeRow}. */
    void putEncoded(TableInfo table, long rowId, byte[] encodedRow) {
        encodedRowOp(table, RedoOp.PUT, rowId, encodedRow);
    }

    void updateEncoded(TableInfo table, long rowId, byte[] encodedRow) {
        encodedRowOp(table, RedoOp.UPDATE, rowId, encodedRow);
    }

    private void encodedRowOp(TableInfo table, RedoOp op, long rowId, byte[] encodedRow) {
        int before = size();
        try {
            select(table);
            ByteSink out = sink();
            out.writeByte(op.code);
            out.writeVarLong(rowId);
            out.writeRaw(encodedRow);
        } catch (RuntimeException failure) {
            truncate(before);
            throw failure;
        }
    }

    void update(TableInfo table, long rowId, Object[] row) {
        rowOp(table, RedoOp.UPDATE, rowId, row);
    }

    void delete(TableInfo table, long rowId) {
        rowOp(table, RedoOp.DELETE, rowId, null);
    }

    void clear(TableInfo table) {
        select(table);
        sink().writeByte(RedoOp.CLEAR.code);
    }

    private void rowOp(TableInfo table, RedoOp op, long rowId, Object[] row) {
        int before = size();
        try {
            select(table);
            ByteSink out = sink();
            out.writeByte(op.code);
            out.writeVarLong(rowId);
            if (row != null) {
                ValueCodec.writeRow(out, row);
            }
        } catch (RuntimeException failure) {
            truncate(before);
            throw failure;
        }
    }

    /** A DDL statement that ran (its store changes were not logged; replay re-executes it with its parameters). */
    public void ddl(List<String> searchPath, String sql, Object[] parameters) {
        LoggedDdl statement = new LoggedDdl(searchPath, sql, parameters);
        int before = size();
        ByteSink out = sink();
        out.writeByte(RedoOp.DDL.code);
        try {
            statement.write(out);
        } catch (RuntimeException unencodable) {
            truncate(before);
            throw unencodable;
        }
        ddlPositions.add(before);
        ddl.add(statement);
        // The DDL may have renamed or replaced the selected table.
        selected = null;
    }

    void identity(String schema, String table, String column, long value) {
        ByteSink out = sink();
        out.writeByte(RedoOp.IDENTITY.code);
        out.writeString(schema);
        out.writeString(table);
        out.writeString(column);
        out.writeSignedVarLong(value);
    }

    void sequence(String schema, String name, long last, boolean called) {
        ByteSink out = sink();
        out.writeByte(RedoOp.SEQUENCE.code);
        out.writeString(schema);
        out.writeString(name);
        out.writeSignedVarLong(last);
        out.writeByte(called ? 1 : 0);
    }

    /** The DDL statements of the transaction, in order (they join the checkpoint's DDL history). */
    List<LoggedDdl> ddlStatements() {
        return ddl;
    }

    /** Receives the buffer's bytes piece by piece: {@code array[0, length)}. */
    interface ChunkConsumer {
        void accept(byte[] array, int length);
    }

    /** Passes every chunk not written ahead yet, in order, without copying (the arrays are the buffer's own). */
    void forEachChunk(ChunkConsumer consumer) {
        for (int index = writtenChunks; index < sealed.size(); index++) {
            ByteSink chunk = sealed.get(index);
            consumer.accept(chunk.array(), chunk.size());
        }
        if (bytes != null && bytes.size() > 0) {
            consumer.accept(bytes.array(), bytes.size());
        }
    }
}
