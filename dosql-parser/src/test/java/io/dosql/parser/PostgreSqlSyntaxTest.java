package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * ~380 statements run through psql against PostgreSQL 15: the ones its grammar accepts must parse
 * here, and for the ones it rejects the 42601 message and position must be PostgreSQL's.
 */
class PostgreSqlSyntaxTest {

    @Test
    void acceptsAndRejectsAsPostgreSqlDoes() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/postgresql15-syntax.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t");
                String sql = fields[1];
                String expected = fields[0].equals("ok") ? "ok" : fields[2] + " " + fields[3];
                String actual;
                try {
                    SqlParser.parseScript(sql);
                    actual = "ok";
                } catch (DoSqlException error) {
                    actual = error.position() + " " + error.getMessage();
                }
                if (!expected.equals(actual)) {
                    mismatches.add(sql + "  PostgreSQL: " + expected + "  here: " + actual);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(350);
        assertThat(mismatches).isEmpty();
    }
}
