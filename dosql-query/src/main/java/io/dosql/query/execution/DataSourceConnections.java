package io.dosql.query.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** Takes a connection from the DataSource per statement and closes (returns) it afterwards. */
public final class DataSourceConnections implements ConnectionProvider {
    private final DataSource dataSource;

    public DataSourceConnections(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource is null");
    }

    @Override
    public Connection acquire() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void release(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean inTransaction() {
        return false;
    }
}
