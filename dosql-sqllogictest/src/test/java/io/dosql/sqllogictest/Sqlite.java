package io.dosql.sqllogictest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** Test helper: private in-memory SQLite databases, the engine the corpus was generated with. */
final class Sqlite {

    static final String URL = "jdbc:sqlite::memory:";

    private Sqlite() {
    }

    static Connection connect() {
        try {
            return DriverManager.getConnection(URL);
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot open SQLite in memory", failed);
        }
    }

    static DatabaseTarget target() {
        return DatabaseTarget.fromSupplier(Sqlite::connect);
    }

    /** Runs inline script text on a fresh SQLite database with label {@code sqlite}. */
    static FileResult run(String scriptText) {
        return new SuiteRunner(target(), "sqlite", Duration.ofSeconds(60)).run(SltParser.parse("inline", scriptText));
    }
}
