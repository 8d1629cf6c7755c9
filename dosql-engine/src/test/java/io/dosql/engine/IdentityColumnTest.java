package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import org.junit.jupiter.api.Test;

/** GENERATED ALWAYS identity columns refuse explicit values with PostgreSQL's 428C9. */
class IdentityColumnTest extends SqlTestSupport {
    @Test
    void explicitValueIntoGeneratedAlwaysIsRejected() {
        run("CREATE TABLE gi (id int GENERATED ALWAYS AS IDENTITY, v int)");
        DoSqlException failure = failure("INSERT INTO gi VALUES (5, 1)");
        assertThat(failure.sqlState()).isEqualTo("428C9");
        assertThat(failure.getMessage()).isEqualTo("cannot insert a non-DEFAULT value into column \"id\"");
        run("INSERT INTO gi VALUES (DEFAULT, 1); INSERT INTO gi (v) VALUES (2)");
        assertThat(rows("SELECT id, v FROM gi ORDER BY id")).containsExactly("1|1", "2|2");
    }

    /** TRUNCATE … RESTART IDENTITY restarts identity columns and owned sequences, undone by ROLLBACK (PostgreSQL 15). */
    @Test
    void truncateRestartIdentity() {
        run("CREATE TABLE src (id serial PRIMARY KEY, g int GENERATED ALWAYS AS IDENTITY, o int, v text)");
        run("CREATE SEQUENCE so OWNED BY src.o");
        run("INSERT INTO src (o, v) VALUES (nextval('so'), 'a'), (nextval('so'), 'b')");
        run("BEGIN; TRUNCATE src RESTART IDENTITY; ROLLBACK");
        assertThat(rows("INSERT INTO src (o, v) VALUES (nextval('so'), 'c') RETURNING id, g, o")).containsExactly("3|3|3");
        run("TRUNCATE TABLE src RESTART IDENTITY");
        assertThat(rows("INSERT INTO src (o, v) VALUES (nextval('so'), 'd') RETURNING id, g, o")).containsExactly("1|1|1");
        run("TRUNCATE src CONTINUE IDENTITY");
        assertThat(rows("INSERT INTO src (o, v) VALUES (nextval('so'), 'e') RETURNING id, g, o")).containsExactly("2|2|2");
    }
}
