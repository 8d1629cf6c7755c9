package io.dosql.engine.durable;

import java.util.List;

/** A committed DDL statement as logged: its text and the search_path it ran with. */
record LoggedDdl(List<String> searchPath, String sql) {
    LoggedDdl {
        searchPath = List.copyOf(searchPath);
    }
}
