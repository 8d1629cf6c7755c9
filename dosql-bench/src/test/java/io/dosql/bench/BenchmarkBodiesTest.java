package io.dosql.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.bench.schema.CustomerRecord;
import io.dosql.query.compiler.CompiledQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each benchmark method's body once, untimed, and checks its answer, so {@code mvn verify} keeps the
 * benchmarks honest without running JMH.
 */
class BenchmarkBodiesTest {

    @Test
    void threeJoinQueryCompilesToTheExpectedSqlAndParameters() {
        ThreeJoinQueryBenchmark benchmark = new ThreeJoinQueryBenchmark();
        benchmark.setUp();

        CompiledQuery typed = benchmark.dosqlTyped();
        CompiledQuery strings = benchmark.dosqlStrings();
        ThreeJoinQueryBenchmark.Rendered jooq = benchmark.jooq();

        assertThat(typed.sql()).isEqualTo(ThreeJoinQueryBenchmark.DOSQL_SQL);
        assertThat(typed.parameters()).containsExactly("DE", 100, 10L);
        assertThat(strings).isEqualTo(typed);
        assertThat(jooq.sql()).isEqualTo(ThreeJoinQueryBenchmark.JOOQ_SQL);
        assertThat(jooq.bindValues()).containsExactly("DE", 100, 10L);
    }

    @Test
    void threeJoinQueriesReturnTheSameRowsOnADatabase() throws SQLException {
        ThreeJoinQueryBenchmark benchmark = new ThreeJoinQueryBenchmark();
        benchmark.setUp();
        try (SingleConnectionPool pool = SingleConnectionPool.open(BenchmarkSchema.H2_URL)) {
            Connection connection = pool.getConnection();
            BenchmarkSchema.create(connection);
            List<String> dosqlRows = run(connection, benchmark.dosqlTyped().sql(), benchmark.dosqlTyped().parameters());
            List<String> jooqRows = run(connection, benchmark.jooq().sql(), benchmark.jooq().bindValues());

            assertThat(dosqlRows).hasSize(ThreeJoinQueryBenchmark.PAGE_SIZE).isEqualTo(jooqRows);
            // German customers' orders with the largest totals (499 is the maximum), newest id first
            assertThat(dosqlRows.get(0)).isEqualTo("customer-528|4527|499|product-28");
        }
    }

    private static List<String> run(Connection connection, String sql, List<Object> parameters)
        throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    rows.add(resultSet.getString(1) + "|" + resultSet.getLong(2) + "|" + resultSet.getInt(3) + "|"
                        + resultSet.getString(4));
                }
            }
            return rows;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "dosql"})
    void fetchByIdReturnsTheRightRecordForEveryContestant(String database) throws SQLException {
        FetchByIdBenchmark benchmark = new FetchByIdBenchmark();
        benchmark.database = database;
        benchmark.setUp();
        try {
            // the benchmark methods cycle ids from 1; each call takes the next
            assertThat(benchmark.builderTyped()).isEqualTo(BenchmarkSchema.customer(1));
            assertThat(benchmark.builderStrings()).isEqualTo(BenchmarkSchema.customer(2));
            assertThat(benchmark.jooq()).isEqualTo(BenchmarkSchema.customer(3));
            assertThat(benchmark.plainJdbc()).isEqualTo(BenchmarkSchema.customer(4));
            CustomerRecord last = benchmark.fetchWithBuilderTyped(BenchmarkSchema.CUSTOMERS);
            assertThat(last.country()).isEqualTo("DE");
            assertThat(benchmark.fetchWithBuilderStrings(0)).isNull();
            assertThat(benchmark.builderCompileOnly().sql()).isEqualTo("select \"customer\".\"id\", \"customer\".\"name\","
                + " \"customer\".\"email\", \"customer\".\"country\" from \"customer\" where \"customer\".\"id\" = ?");
        } finally {
            benchmark.tearDown();
        }
    }
}
