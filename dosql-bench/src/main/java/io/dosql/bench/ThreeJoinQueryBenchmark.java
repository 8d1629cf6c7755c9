package io.dosql.bench;

import static io.dosql.bench.schema.Customer.CUSTOMER;
import static io.dosql.bench.schema.Orders.ORDERS;
import static io.dosql.bench.schema.Product.PRODUCT;

import io.dosql.bench.schema.Customer;
import io.dosql.bench.schema.Orders;
import io.dosql.bench.schema.Product;
import io.dosql.query.DoQuery;
import io.dosql.query.PostgresDb;
import io.dosql.query.compiler.CompiledQuery;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark (a): build a typical three-table join and compile it to SQL text plus bind values, without
 * touching a database. DoSQL's builder in its typed-reference and string forms against jOOQ's DSL
 * rendered for PostgreSQL. The query, for customers of one country and orders above a total:
 * <pre>
 * select "c"."name", "o"."id", "o"."total", "p"."title" from "customer" as "c"
 *   inner join "orders" as "o" on "o"."customer_id" = "c"."id"
 *   inner join "product" as "p" on "p"."id" = "o"."product_id"
 *   where "c"."country" = ? and "o"."total" > ? order by "o"."total" desc, "o"."id" desc limit ?
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ThreeJoinQueryBenchmark {
    /** What DoSQL's builder must produce, in both forms. */
    public static final String DOSQL_SQL = "select \"c\".\"name\", \"o\".\"id\", \"o\".\"total\", \"p\".\"title\""
        + " from \"customer\" as \"c\" inner join \"orders\" as \"o\" on \"o\".\"customer_id\" = \"c\".\"id\""
        + " inner join \"product\" as \"p\" on \"p\".\"id\" = \"o\".\"product_id\""
        + " where \"c\".\"country\" = ? and \"o\".\"total\" > ? order by \"o\".\"total\" desc, \"o\".\"id\" desc limit ?";
    /** What jOOQ renders for the same query: its own spelling (plain join, parenthesised AND, FETCH NEXT). */
    public static final String JOOQ_SQL = "select \"c\".\"name\", \"o\".\"id\", \"o\".\"total\", \"p\".\"title\""
        + " from \"customer\" as \"c\" join \"orders\" as \"o\" on \"o\".\"customer_id\" = \"c\".\"id\""
        + " join \"product\" as \"p\" on \"p\".\"id\" = \"o\".\"product_id\""
        + " where (\"c\".\"country\" = ? and \"o\".\"total\" > ?) order by \"o\".\"total\" desc, \"o\".\"id\" desc fetch next ? rows only";
    public static final int PAGE_SIZE = 10;

    // DoSQL typed references, aliased once as an application keeps them (like jOOQ's generated aliases)
    private static final Customer C = CUSTOMER.as("c");
    private static final Orders O = ORDERS.as("o");
    private static final Product P = PRODUCT.as("p");

    // jOOQ without code generation: names and typed fields, built once as generated code would hold them
    private static final Table<?> JOOQ_C = DSL.table(DSL.name("customer")).as("c");
    private static final Table<?> JOOQ_O = DSL.table(DSL.name("orders")).as("o");
    private static final Table<?> JOOQ_P = DSL.table(DSL.name("product")).as("p");
    private static final Field<Long> JOOQ_C_ID = DSL.field(DSL.name("c", "id"), Long.class);
    private static final Field<String> JOOQ_C_NAME = DSL.field(DSL.name("c", "name"), String.class);
    private static final Field<String> JOOQ_C_COUNTRY = DSL.field(DSL.name("c", "country"), String.class);
    private static final Field<Long> JOOQ_O_ID = DSL.field(DSL.name("o", "id"), Long.class);
    private static final Field<Long> JOOQ_O_CUSTOMER_ID = DSL.field(DSL.name("o", "customer_id"), Long.class);
    private static final Field<Long> JOOQ_O_PRODUCT_ID = DSL.field(DSL.name("o", "product_id"), Long.class);
    private static final Field<Integer> JOOQ_O_TOTAL = DSL.field(DSL.name("o", "total"), Integer.class);
    private static final Field<Long> JOOQ_P_ID = DSL.field(DSL.name("p", "id"), Long.class);
    private static final Field<String> JOOQ_P_TITLE = DSL.field(DSL.name("p", "title"), String.class);

    static {
        // jOOQ's banner and tips go to the log on first use; they are noise in benchmark output
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** SQL text and bind values as jOOQ users obtain them: {@code ctx.render(q)} and {@code q.getBindValues()}. */
    public record Rendered(String sql, List<Object> bindValues) {
    }

    // parameters live in fields so the JIT cannot fold them into constants
    public String country = "DE";
    public int minimumTotal = 100;

    private PostgresDb db;
    private DSLContext jooq;

    @Setup
    public void setUp() {
        // compiling needs no connection: the DataSource is never asked for one
        db = DoQuery.postgres(new NoConnectionDataSource());
        jooq = DSL.using(SQLDialect.POSTGRES);
        List<Object> expected = List.of(country, minimumTotal, (long) PAGE_SIZE);
        check("dosqlTyped", dosqlTyped().sql(), DOSQL_SQL, dosqlTyped().parameters(), expected);
        check("dosqlStrings", dosqlStrings().sql(), DOSQL_SQL, dosqlStrings().parameters(), expected);
        check("jooq", jooq().sql(), JOOQ_SQL, jooq().bindValues(), List.of(country, minimumTotal, (long) PAGE_SIZE));
    }

    private static void check(String benchmark, String sql, String expectedSql, List<Object> parameters,
                              List<Object> expectedParameters) {
        if (!sql.equals(expectedSql) || !parameters.equals(expectedParameters)) {
            throw new IllegalStateException(benchmark + " produced " + sql + " " + parameters
                + " instead of " + expectedSql + " " + expectedParameters);
        }
    }

    /** DoSQL builder, typed references ({@code C.NAME}, {@code O.TOTAL.gt(…)}). */
    @Benchmark
    public CompiledQuery dosqlTyped() {
        return db.selectFrom(C)
            .select(C.NAME, O.ID, O.TOTAL, P.TITLE)
            .innerJoin(O, O.CUSTOMER_ID.eq(C.ID))
            .innerJoin(P, P.ID.eq(O.PRODUCT_ID))
            .where(C.COUNTRY.eq(country))
            .where(O.TOTAL.gt(minimumTotal))
            .orderBy(O.TOTAL.desc(), O.ID.desc())
            .limit(PAGE_SIZE)
            .compile();
    }

    /** DoSQL builder, string form ({@code "c.name"}, {@code where("o.total", ">", …)}). */
    @Benchmark
    public CompiledQuery dosqlStrings() {
        return db.selectFrom("customer as c")
            .select("c.name", "o.id", "o.total", "p.title")
            .innerJoin("orders as o", "o.customer_id", "c.id")
            .innerJoin("product as p", "p.id", "o.product_id")
            .where("c.country", "=", country)
            .where("o.total", ">", minimumTotal)
            .orderBy("o.total", "desc")
            .orderBy("o.id", "desc")
            .limit(PAGE_SIZE)
            .compile();
    }

    /** jOOQ DSL, rendered by {@code DSLContext.render} with its bind values. */
    @Benchmark
    public Rendered jooq() {
        ResultQuery<?> query = jooq.select(JOOQ_C_NAME, JOOQ_O_ID, JOOQ_O_TOTAL, JOOQ_P_TITLE)
            .from(JOOQ_C)
            .join(JOOQ_O).on(JOOQ_O_CUSTOMER_ID.eq(JOOQ_C_ID))
            .join(JOOQ_P).on(JOOQ_P_ID.eq(JOOQ_O_PRODUCT_ID))
            .where(JOOQ_C_COUNTRY.eq(country))
            .and(JOOQ_O_TOTAL.gt(minimumTotal))
            .orderBy(JOOQ_O_TOTAL.desc(), JOOQ_O_ID.desc())
            .limit(PAGE_SIZE);
        return new Rendered(jooq.render(query), query.getBindValues());
    }
}
