package io.dosql.engine.durable;

import java.util.List;

/** A committed DDL statement as logged: its text, the search_path it ran with and its parameter values. */
record LoggedDdl(List<String> searchPath, String sql, Object[] parameters) {
    LoggedDdl {
        searchPath = List.copyOf(searchPath);
        parameters = parameters.clone();
    }

    void write(ByteSink out) {
        out.writeVarLong(searchPath.size());
        for (String schema : searchPath) {
            out.writeString(schema);
        }
        out.writeString(sql);
        ValueCodec.writeRow(out, parameters);
    }

    static LoggedDdl read(ByteSource in) {
        int count = in.readLength();
        List<String> searchPath = new java.util.ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            searchPath.add(in.readString());
        }
        String sql = in.readString();
        return new LoggedDdl(searchPath, sql, ValueCodec.readRow(in));
    }
}
