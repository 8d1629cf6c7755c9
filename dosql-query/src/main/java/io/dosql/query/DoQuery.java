package io.dosql.query;

import io.dosql.query.execution.DataSourceConnections;
import io.dosql.query.execution.QueryExecutor;
import java.util.List;
import javax.sql.DataSource;

/**
 * Opens a typed database facade over any JDBC DataSource:
 * {@code PostgresDb db = DoQuery.using(dataSource, Dialect.POSTGRES)} or {@code DoQuery.postgres(dataSource)}.
 */
public final class DoQuery {
    private DoQuery() {
    }

    /** The facade of {@code dialect} over {@code dataSource}; its type offers only the dialect's features. */
    public static <DB extends Db<?>> DB using(DataSource dataSource, Dialect<DB> dialect) {
        return dialect.open(new QueryExecutor(dialect, new DataSourceConnections(dataSource), List.of()));
    }

    public static PostgresDb postgres(DataSource dataSource) {
        return using(dataSource, Dialect.POSTGRES);
    }

    public static MySqlDb mysql(DataSource dataSource) {
        return using(dataSource, Dialect.MYSQL);
    }

    public static SqliteDb sqlite(DataSource dataSource) {
        return using(dataSource, Dialect.SQLITE);
    }

    public static DoSqlDb dosql(DataSource dataSource) {
        return using(dataSource, Dialect.DOSQL);
    }
}
