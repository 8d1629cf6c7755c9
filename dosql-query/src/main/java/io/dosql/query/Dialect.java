package io.dosql.query;

import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.compiler.DefaultQueryCompiler;
import io.dosql.query.compiler.DoSqlQueryCompiler;
import io.dosql.query.compiler.MySqlQueryCompiler;
import io.dosql.query.compiler.PostgresQueryCompiler;
import io.dosql.query.compiler.ShapeCache;
import io.dosql.query.compiler.SqliteQueryCompiler;
import io.dosql.query.dialect.DialectAdapter;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.node.QueryNode;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A database dialect: its compiler, its adapter (what it supports), how JDBC must be driven for cursors,
 * and which typed facade ({@code DB}) it opens, so {@code DoQuery.using(ds, Dialect.POSTGRES)} is a
 * {@link PostgresDb} whose builders offer exactly PostgreSQL's features.
 *
 * @param <DB> the typed facade of this dialect
 */
public final class Dialect<DB extends Db<?>> {
    public static final Dialect<PostgresDb> POSTGRES = new Dialect<>("POSTGRES", DialectAdapter.POSTGRES,
        PostgresQueryCompiler::new, PostgresDb::new, true, false);
    public static final Dialect<MySqlDb> MYSQL = new Dialect<>("MYSQL", DialectAdapter.MYSQL,
        MySqlQueryCompiler::new, MySqlDb::new, false, false);
    public static final Dialect<SqliteDb> SQLITE = new Dialect<>("SQLITE", DialectAdapter.SQLITE,
        SqliteQueryCompiler::new, SqliteDb::new, false, true);
    public static final Dialect<DoSqlDb> DOSQL = new Dialect<>("DOSQL", DialectAdapter.DOSQL,
        DoSqlQueryCompiler::new, DoSqlDb::new, false, false);

    private final String name;
    private final DialectAdapter adapter;
    private final Supplier<DefaultQueryCompiler> compilers;
    private final ShapeCache shapes;
    private final Function<QueryExecutor, DB> facades;
    private final boolean cursorNeedsTransaction;
    private final boolean bindsTemporalAsText;

    private Dialect(String name, DialectAdapter adapter, Supplier<DefaultQueryCompiler> compilers,
                    Function<QueryExecutor, DB> facades, boolean cursorNeedsTransaction,
                    boolean bindsTemporalAsText) {
        this.name = Objects.requireNonNull(name, "name is null");
        this.adapter = adapter;
        this.compilers = compilers;
        this.shapes = new ShapeCache(compilers);
        this.facades = facades;
        this.cursorNeedsTransaction = cursorNeedsTransaction;
        this.bindsTemporalAsText = bindsTemporalAsText;
    }

    public String name() {
        return name;
    }

    public DialectAdapter adapter() {
        return adapter;
    }

    /** A fresh compiler (compilers hold per-call state). */
    public DefaultQueryCompiler newCompiler() {
        return compilers.get();
    }

    /**
     * Compiles {@code query} (plugins already applied), reusing the SQL of an earlier query of the same
     * shape (same tree but for its bound values) when there was one.
     */
    public CompiledQuery compile(QueryNode query) {
        return shapes.compile(query);
    }

    /** PostgreSQL only uses a cursor (fetch size) when autocommit is off. */
    public boolean cursorNeedsTransaction() {
        return cursorNeedsTransaction;
    }

    /** SQLite has no date types: java.time values are bound as ISO-8601 text. */
    public boolean bindsTemporalAsText() {
        return bindsTemporalAsText;
    }

    DB open(QueryExecutor executor) {
        return facades.apply(executor);
    }

    @Override
    public String toString() {
        return name;
    }
}
