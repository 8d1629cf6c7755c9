package io.dosql.sqllogictest;

import java.sql.Connection;
import java.sql.SQLException;

/** A connection to a clean database for one script; closing it releases (and where needed drops) the database. */
public interface TargetSession extends AutoCloseable {

    /** The connection the script runs on. */
    Connection connection();

    @Override
    void close() throws SQLException;
}
