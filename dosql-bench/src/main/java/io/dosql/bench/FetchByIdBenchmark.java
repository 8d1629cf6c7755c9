package io.dosql.bench;

import static io.dosql.bench.schema.Customer.CUSTOMER;
import static io.dosql.query.expression.Expressions.param;

import io.dosql.bench.schema.CustomerRecord;
import io.dosql.query.Db;
import io.dosql.query.DoQuery;
import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.execution.PreparedQuery;
import io.dosql.query.execution.RecordMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark (b): fetch one {@code customer} row by primary key into a Java record, end to end (build,
 * compile, prepare, bind, execute, map), on an in-memory database: H2, or DoSQL's own engine. Every
 * contestant borrows its connection per statement from the same one-connection pool, as code behind a
 * connection pool does, and the ids cycle over the whole table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FetchByIdBenchmark {
    /** The statement the hand-written JDBC code prepares. */
    public static final String PLAIN_SQL = "select id, name, email, country from customer where id = ?";

    private static final Table<?> JOOQ_CUSTOMER = DSL.table(DSL.name("customer"));
    private static final Field<Long> JOOQ_ID = DSL.field(DSL.name("customer", "id"), Long.class);
    private static final Field<String> JOOQ_NAME = DSL.field(DSL.name("customer", "name"), String.class);
    private static final Field<String> JOOQ_EMAIL = DSL.field(DSL.name("customer", "email"), String.class);
    private static final Field<String> JOOQ_COUNTRY = DSL.field(DSL.name("customer", "country"), String.class);

    static {
        // jOOQ's banner and tips go to the log on first use; they are noise in benchmark output
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** Which in-memory database: {@code h2} (H2 2.3) or {@code dosql} ({@code jdbc:dosql:mem:}). */
    @Param({"h2", "dosql"})
    public String database = "h2";

    private SingleConnectionPool pool;
    private Db<?> db;
    private DSLContext jooq;
    private long nextId;
    private String compiledSql;
    private Map<String, Object> sampleRow;
    private PreparedQuery<CustomerRecord> preparedTypedQuery;
    private PreparedQuery<CustomerRecord> preparedStringsQuery;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        boolean h2 = database.equals("h2");
        if (!h2 && !database.equals("dosql")) {
            throw new IllegalArgumentException("unknown database " + database);
        }
        pool = SingleConnectionPool.open(h2 ? BenchmarkSchema.H2_URL : BenchmarkSchema.DOSQL_URL);
        BenchmarkSchema.create(pool.getConnection());
        db = h2 ? DoQuery.postgres(pool) : DoQuery.dosql(pool);
        jooq = DSL.using(pool, h2 ? SQLDialect.H2 : SQLDialect.POSTGRES);
        // the prepared forms compile once here; each operation binds the id and runs
        preparedTypedQuery = db.selectFrom(CUSTOMER)
            .select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.EMAIL, CUSTOMER.COUNTRY)
            .where(CUSTOMER.ID.eq(param("id", Long.class)))
            .into(CUSTOMER)
            .prepare();
        preparedStringsQuery = db.selectFrom("customer")
            .select("id", "name", "email", "country")
            .where("id", "=", param("id", Long.class))
            .into(CustomerRecord.class)
            .prepare();
        // a wrong row or a found missing row must fail the run, not make it fast
        for (long id : new long[] {1, 42, BenchmarkSchema.CUSTOMERS}) {
            CustomerRecord expected = BenchmarkSchema.customer(id);
            check("builderTyped", fetchWithBuilderTyped(id), expected);
            check("builderStrings", fetchWithBuilderStrings(id), expected);
            check("preparedTyped", fetchWithPreparedTyped(id), expected);
            check("preparedStrings", fetchWithPreparedStrings(id), expected);
            check("jooq", fetchWithJooq(id), expected);
            check("plainJdbc", fetchWithPlainJdbc(id), expected);
        }
        long missing = BenchmarkSchema.CUSTOMERS + 1;
        check("builderTyped", fetchWithBuilderTyped(missing), null);
        check("preparedTyped", fetchWithPreparedTyped(missing), null);
        check("preparedStrings", fetchWithPreparedStrings(missing), null);
        check("jooq", fetchWithJooq(missing), null);
        check("plainJdbc", fetchWithPlainJdbc(missing), null);
        compiledSql = builderCompileOnly().sql();
        CustomerRecord sample = BenchmarkSchema.customer(7);
        sampleRow = new LinkedHashMap<>();
        sampleRow.put("id", sample.id());
        sampleRow.put("name", sample.name());
        sampleRow.put("email", sample.email());
        sampleRow.put("country", sample.country());
        nextId = 0;
        check("builderExecuteOnly", builderExecuteOnly(), BenchmarkSchema.customer(1));
        check("builderMapOnly", builderMapOnly(), sample);
        nextId = 0;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        pool.close();
    }

    private static void check(String benchmark, CustomerRecord actual, CustomerRecord expected) {
        if (!Objects.equals(actual, expected)) {
            throw new IllegalStateException(benchmark + " fetched " + actual + " instead of " + expected);
        }
    }

    /** The next id, cycling over every customer. */
    private long nextId() {
        nextId = nextId == BenchmarkSchema.CUSTOMERS ? 1 : nextId + 1;
        return nextId;
    }

    @Benchmark
    public CustomerRecord builderTyped() {
        return fetchWithBuilderTyped(nextId());
    }

    @Benchmark
    public CustomerRecord builderStrings() {
        return fetchWithBuilderStrings(nextId());
    }

    @Benchmark
    public CustomerRecord preparedTyped() {
        return fetchWithPreparedTyped(nextId());
    }

    @Benchmark
    public CustomerRecord preparedStrings() {
        return fetchWithPreparedStrings(nextId());
    }

    @Benchmark
    public CustomerRecord jooq() {
        return fetchWithJooq(nextId());
    }

    @Benchmark
    public CustomerRecord plainJdbc() throws SQLException {
        return fetchWithPlainJdbc(nextId());
    }

    /** Diagnosis, not a contestant: the builder's share of {@link #builderTyped()}, building and compiling only. */
    @Benchmark
    public CompiledQuery builderCompileOnly() {
        return db.selectFrom(CUSTOMER)
            .select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.EMAIL, CUSTOMER.COUNTRY)
            .where(CUSTOMER.ID.eq(nextId()))
            .compile();
    }

    /**
     * Diagnosis, not a contestant: the builder's execution path alone (the query executor's prepare, bind,
     * metadata labels and row maps, then the record mapper) over SQL compiled beforehand.
     */
    @Benchmark
    public CustomerRecord builderExecuteOnly() {
        List<Map<String, Object>> rows = db.executor().query(new CompiledQuery(compiledSql, List.of(nextId())), 1);
        return rows.isEmpty() ? null : RecordMapper.of(CustomerRecord.class).map(rows.get(0));
    }

    /** Diagnosis, not a contestant: the record mapper alone, on a row map as the executor builds it. */
    @Benchmark
    public CustomerRecord builderMapOnly() {
        return RecordMapper.of(CustomerRecord.class).map(sampleRow);
    }

    /** DoSQL builder with typed references, {@code executeTakeFirst} into the table's record. */
    public CustomerRecord fetchWithBuilderTyped(long id) {
        return db.selectFrom(CUSTOMER)
            .select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.EMAIL, CUSTOMER.COUNTRY)
            .where(CUSTOMER.ID.eq(id))
            .into(CUSTOMER)
            .executeTakeFirst()
            .orElse(null);
    }

    /** DoSQL builder, string form, {@code executeTakeFirst} into a record class. */
    public CustomerRecord fetchWithBuilderStrings(long id) {
        return db.selectFrom("customer")
            .select("id", "name", "email", "country")
            .where("id", "=", id)
            .into(CustomerRecord.class)
            .executeTakeFirst()
            .orElse(null);
    }

    /** DoSQL builder with typed references, compiled once by {@code prepare()}; binds {@code id} and runs. */
    public CustomerRecord fetchWithPreparedTyped(long id) {
        return preparedTypedQuery.executeTakeFirst(Map.of("id", id)).orElse(null);
    }

    /** DoSQL builder, string form, compiled once by {@code prepare()}; binds {@code id} and runs. */
    public CustomerRecord fetchWithPreparedStrings(long id) {
        return preparedStringsQuery.executeTakeFirst(Map.of("id", id)).orElse(null);
    }

    /** jOOQ DSL, {@code fetchOneInto(CustomerRecord.class)}. */
    public CustomerRecord fetchWithJooq(long id) {
        return jooq.select(JOOQ_ID, JOOQ_NAME, JOOQ_EMAIL, JOOQ_COUNTRY)
            .from(JOOQ_CUSTOMER)
            .where(JOOQ_ID.eq(id))
            .fetchOneInto(CustomerRecord.class);
    }

    /** Hand-written JDBC: prepare, bind, execute, read the columns into the record by index. */
    public CustomerRecord fetchWithPlainJdbc(long id) throws SQLException {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(PLAIN_SQL)) {
            statement.setLong(1, id);
            try (ResultSet resultSet = statement.executeQuery()) {
                if (!resultSet.next()) {
                    return null;
                }
                return new CustomerRecord(resultSet.getLong(1), resultSet.getString(2), resultSet.getString(3),
                    resultSet.getString(4));
            }
        }
    }
}
