package io.dosql.query.integration;

import static io.dosql.query.Person.PERSON;
import static io.dosql.query.Pet.PET;
import static io.dosql.query.expression.Expressions.excluded;
import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.query.Db;
import io.dosql.query.DoQuery;
import io.dosql.query.Dialect;
import io.dosql.query.SqliteDb;
import io.dosql.query.execution.IsolationLevel;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The shared suite on SQLite (xerial driver) in a temporary file, plus RETURNING and FULL JOIN. */
class SqliteIntegrationTest extends DialectSuite {

    @Override
    protected DataSource createIsolatedDatabase() {
        return TestServers.sqlite();
    }

    @Override
    protected void dropIsolatedDatabase() {
        // the temporary file is deleted on exit
    }

    @Override
    protected Db<?> open(DataSource source) {
        return DoQuery.using(source, Dialect.SQLITE);
    }

    private SqliteDb sqlite() {
        return (SqliteDb) db;
    }

    @Override
    protected <T> T transaction(Db<?> target, IsolationLevel isolation, Function<Db<?>, T> body) {
        return ((SqliteDb) target).transaction(isolation, tx -> body.apply(tx));
    }

    @Override
    protected long upsertName(Db<?> target, long id, String firstName) {
        return ((SqliteDb) target).insertInto(PERSON).set(PERSON.ID, id).set(PERSON.FIRST_NAME, firstName)
            .onConflict(PERSON.ID).doUpdateSet(u -> u.set(PERSON.FIRST_NAME, excluded(PERSON.FIRST_NAME))).execute();
    }

    @Override
    protected String isolationQuery() {
        return null;
    }

    @Test
    void returningAndFullJoin() {
        assertThat(sqlite().insertInto(PERSON).set(PERSON.ID, 9L).set(PERSON.FIRST_NAME, "Zoe").returning("id")
            .execute()).containsExactly(Map.of("id", 9));
        assertThat(sqlite().selectFrom(PERSON).fullJoin(PET, PET.OWNER_ID.eq(PERSON.ID)).execute()).hasSize(5);
    }
}
