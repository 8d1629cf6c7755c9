package io.dosql.query.execution;

import io.dosql.query.builder.QueryNodeSource;
import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.expression.Table;
import io.dosql.query.node.QueryNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query that returns rows (a SELECT, a statement with RETURNING, or raw SQL), mapped to {@code T}.
 * Immutable; {@link #into} and {@link #map} return new queries with another mapping.
 *
 * @param <T> the type each row is mapped to
 */
public final class ResultQuery<T> implements QueryNodeSource {
    /** Rows fetched per round trip by {@link #stream()}. */
    public static final int DEFAULT_FETCH_SIZE = 1000;

    private final QueryExecutor executor;
    private final QueryNode node;
    private final RowMapper<T> mapper;

    public ResultQuery(QueryExecutor executor, QueryNode node, RowMapper<T> mapper) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.node = Objects.requireNonNull(node, "node is null");
        this.mapper = Objects.requireNonNull(mapper, "mapper is null");
    }

    /** Rows as maps, column label → value (plugins applied). */
    public static ResultQuery<Map<String, Object>> ofMaps(QueryExecutor executor, QueryNode node) {
        return new ResultQuery<>(executor, node, row -> row);
    }

    /** The same query mapping rows to a record by component name. */
    public <R> ResultQuery<R> into(Class<R> recordType) {
        return new ResultQuery<>(executor, node, RecordMapper.of(recordType));
    }

    /** The same query mapping rows to the table's record type. */
    public <R> ResultQuery<R> into(Table<R> table) {
        return into(table.recordType());
    }

    /** The same query mapping rows with {@code rowMapper}. */
    public <R> ResultQuery<R> map(RowMapper<R> rowMapper) {
        return new ResultQuery<>(executor, node, rowMapper);
    }

    @Override
    public QueryNode toQueryNode() {
        return node;
    }

    /** The SQL and parameters this query would run, after plugins, without running it. */
    public CompiledQuery compile() {
        return executor.compile(node);
    }

    /** Runs {@code explain …} (SQLite: {@code explain query plan …}) and returns the plan rows. */
    public List<Map<String, Object>> explain() {
        return executor.query(executor.compileExplain(node), 0);
    }

    /**
     * Compiles once (plugins applied) for repeated runs with different values of its named parameters
     * ({@code Expressions.param}): the hot path then costs the JDBC call and the row mapping only.
     */
    public PreparedQuery<T> prepare() {
        return new PreparedQuery<>(executor, compile(), mapper);
    }

    /** Runs the query and returns every row. */
    public List<T> execute() {
        return run(executor, compile(), 0, mapper);
    }

    /** Runs the query and returns its first row, if any (the driver is told to fetch at most one). */
    public Optional<T> executeTakeFirst() {
        List<T> rows = run(executor, compile(), 1, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** Runs the query and returns its first row, or throws {@link NoResultException}. */
    public T executeTakeFirstOrThrow() {
        CompiledQuery compiled = compile();
        List<T> rows = run(executor, compiled, 1, mapper);
        if (rows.isEmpty()) {
            throw new NoResultException(compiled.sql());
        }
        return rows.get(0);
    }

    /** Runs {@code compiled} and maps its rows: records straight from the result set, others through row maps. */
    static <T> List<T> run(QueryExecutor executor, CompiledQuery compiled, int maxRows, RowMapper<T> mapper) {
        if (mapper instanceof RecordMapper<T> recordMapper) {
            return executor.queryRecords(compiled, maxRows, recordMapper);
        }
        return executor.query(compiled, maxRows).stream().map(mapper::map).toList();
    }

    /** Streams rows through a cursor of {@link #DEFAULT_FETCH_SIZE}; close the stream (try-with-resources). */
    public Stream<T> stream() {
        return stream(DEFAULT_FETCH_SIZE);
    }

    /** Streams rows through a cursor fetching {@code fetchSize} rows at a time; close the stream. */
    public Stream<T> stream(int fetchSize) {
        return executor.stream(compile(), fetchSize).map(mapper::map);
    }
}
