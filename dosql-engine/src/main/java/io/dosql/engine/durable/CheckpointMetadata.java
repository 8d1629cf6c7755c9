package io.dosql.engine.durable;

import io.dosql.core.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a checkpoint saves beside the trees (the pager's metadata blob): the log position it covers, the
 * DDL history that rebuilds the catalog, each table's and index's tree (by schema-qualified name) and the
 * identity counters. Layout (str = varint length + UTF-8; names are schema NUL name):
 * <pre>
 *   int32 format (1) | int64 lsn
 *   varint n | n × DDL statement (search_path count, schemas, sql, parameter row; as the redo DDL op)
 *   varint n | n × (table name str, tree id varint, row id limit varint)
 *   varint n | n × (index name str, tree id varint)
 *   varint n | n × (table name NUL column str, zigzag varint value)
 *   [varint n | n × (sequence name str, zigzag varint last value, byte is_called)]   absent before sequences
 * </pre>
 *
 * @param lsn every transaction committed before this log position is in the trees, none after
 * @param tables qualified table name to {tree id, row id limit}
 * @param indexes qualified index name to tree id
 * @param identities qualified table name, NUL, column name to the last value handed out
 * @param sequences qualified sequence name to {last value, is_called (0 or 1)}
 */
record CheckpointMetadata(long lsn, List<LoggedDdl> ddl, Map<String, long[]> tables, Map<String, Long> indexes,
                          Map<String, Long> identities, Map<String, long[]> sequences) {
    private static final int FORMAT = 1;
    static final CheckpointMetadata EMPTY = new CheckpointMetadata(0, List.of(), Map.of(), Map.of(), Map.of(), Map.of());

    static String qualified(String schema, String name) {
        return schema + "\u0000" + name;
    }

    byte[] encode() {
        ByteSink out = new ByteSink(1024);
        out.writeInt(FORMAT);
        out.writeLong(lsn);
        out.writeVarLong(ddl.size());
        for (LoggedDdl statement : ddl) {
            statement.write(out);
        }
        out.writeVarLong(tables.size());
        for (Map.Entry<String, long[]> table : tables.entrySet()) {
            out.writeString(table.getKey());
            out.writeVarLong(table.getValue()[0]);
            out.writeVarLong(table.getValue()[1]);
        }
        out.writeVarLong(indexes.size());
        for (Map.Entry<String, Long> index : indexes.entrySet()) {
            out.writeString(index.getKey());
            out.writeVarLong(index.getValue());
        }
        out.writeVarLong(identities.size());
        for (Map.Entry<String, Long> identity : identities.entrySet()) {
            out.writeString(identity.getKey());
            out.writeSignedVarLong(identity.getValue());
        }
        out.writeVarLong(sequences.size());
        for (Map.Entry<String, long[]> sequence : sequences.entrySet()) {
            out.writeString(sequence.getKey());
            out.writeSignedVarLong(sequence.getValue()[0]);
            out.writeByte((int) sequence.getValue()[1]);
        }
        return out.toByteArray();
    }

    static CheckpointMetadata decode(byte[] bytes) {
        if (bytes.length == 0) {
            return EMPTY;
        }
        ByteSource in = new ByteSource(bytes, "data");
        int format = in.readInt();
        if (format != FORMAT) {
            throw ErrorCode.DATA_CORRUPTED.exception(0, "data", "unknown checkpoint format " + format);
        }
        long lsn = in.readLong();
        int ddlCount = in.readLength();
        List<LoggedDdl> ddl = new ArrayList<>(ddlCount);
        for (int index = 0; index < ddlCount; index++) {
            ddl.add(LoggedDdl.read(in));
        }
        Map<String, long[]> tables = new LinkedHashMap<>();
        for (int count = in.readLength(), index = 0; index < count; index++) {
            tables.put(in.readString(), new long[] {in.readVarLong(), in.readVarLong()});
        }
        Map<String, Long> indexes = new LinkedHashMap<>();
        for (int count = in.readLength(), index = 0; index < count; index++) {
            indexes.put(in.readString(), in.readVarLong());
        }
        Map<String, Long> identities = new LinkedHashMap<>();
        for (int count = in.readLength(), index = 0; index < count; index++) {
            identities.put(in.readString(), in.readSignedVarLong());
        }
        // Checkpoints written before sequences existed end here (and readers of that format ignore this section).
        Map<String, long[]> sequences = new LinkedHashMap<>();
        if (in.hasRemaining()) {
            for (int count = in.readLength(), index = 0; index < count; index++) {
                sequences.put(in.readString(), new long[] {in.readSignedVarLong(), in.readByte()});
            }
        }
        return new CheckpointMetadata(lsn, ddl, tables, indexes, identities, sequences);
    }
}
