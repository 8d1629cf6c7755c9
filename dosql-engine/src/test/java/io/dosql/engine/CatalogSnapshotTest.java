package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog snapshot that \d and DatabaseMetaData read shows column defaults as SQL text. */
class CatalogSnapshotTest extends SqlTestSupport {
    private List<String> defaults(String table) {
        CatalogSnapshot.Table found = session.catalog().tables().stream()
                .filter(candidate -> candidate.name().equals(table)).findFirst().orElseThrow();
        return found.columns().stream().map(column -> String.valueOf(column.defaultExpression())).toList();
    }

    @Test
    void defaultsAreSqlText() {
        run("CREATE TABLE d (a varchar(10) DEFAULT 'x', b int DEFAULT 1 + 2, c text, e text DEFAULT 'it''s')");
        List<String> defaults = defaults("d");
        assertThat(defaults.get(0)).isEqualTo("'x'");
        assertThat(defaults.get(1)).isEqualTo("(1 + 2)");  // pg_get_expr prints the same parentheses
        assertThat(defaults.get(2)).isEqualTo("null");
        assertThat(defaults.get(3)).isEqualTo("'it''s'");
    }
}
