package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import io.dosql.core.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The set-returning JSON functions in FROM (and LATERAL over a table's column); every row and error
 * as PostgreSQL 15 gives it. JSON is written with single quotes here and turned into double quotes.
 */
class JsonSetFunctionsTest extends SqlTestSupport {
    /** {@code sql} with every ` replaced by a double quote, so JSON reads naturally in Java strings. */
    private List<String> query(String sql) {
        return rows(sql.replace('`', '"'));
    }

    private DoSqlException error(String sql) {
        return failure(sql.replace('`', '"'));
    }

    private static List<String> quoted(String... rows) {
        return java.util.Arrays.stream(rows).map(row -> row.replace('`', '"')).toList();
    }

    @Test
    void arrayElementsKeepJsonVerbatimAndNormalizeJsonb() {
        assertThat(query("SELECT * FROM jsonb_array_elements('[1, `a`, {`b` : 1.50}, null, [2]]')"))
                .isEqualTo(quoted("1", "`a`", "{`b`: 1.50}", "null", "[2]"));
        assertThat(query("SELECT * FROM json_array_elements('[1, `a\\u00e9`, {`b` : 1.50}, null, [2]]')"))
                .isEqualTo(quoted("1", "`a\\u00e9`", "{`b` : 1.50}", "null", "[2]"));
        assertThat(query("SELECT * FROM jsonb_array_elements_text('[1, `a\\u00e9`, {`b` : 1.50}, null, [2]]')"))
                .isEqualTo(quoted("1", "aé", "{`b`: 1.50}", "NULL", "[2]"));
        assertThat(query("SELECT * FROM json_array_elements_text('[1, `a\\u00e9`, {`b` : 1.50}, null, [2]]')"))
                .isEqualTo(quoted("1", "aé", "{`b` : 1.50}", "NULL", "[2]"));
        StatementResult result = execute("SELECT * FROM jsonb_array_elements('[1]') AS x");
        assertThat(result.columns()).extracting(ResultColumn::label).containsExactly("value");
        assertThat(result.columns()).extracting(column -> column.type().kind()).containsExactly(TypeKind.JSONB);
        assertThat(execute("SELECT * FROM json_array_elements_text('[1]') AS x(y)").columns())
                .extracting(column -> column.label() + ":" + column.type().kind()).containsExactly("y:TEXT");
        assertThat(query("SELECT * FROM jsonb_array_elements(NULL)")).isEmpty();
        assertThat(query("SELECT * FROM jsonb_array_elements('[]')")).isEmpty();
    }

    @Test
    void eachGivesMembersInJsonbOrderOrAsWritten() {
        assertThat(query("SELECT * FROM jsonb_each('{`b`: 1, `a`: [1, 2], `cc`: null, `a`: `x`}')"))
                .isEqualTo(quoted("a|`x`", "b|1", "cc|null"));
        assertThat(query("SELECT * FROM json_each('{`b`: 1, `a`: [1,  2], `cc`: null, `a`: `x`}')"))
                .isEqualTo(quoted("b|1", "a|[1,  2]", "cc|null", "a|`x`"));
        assertThat(query("SELECT * FROM jsonb_each_text('{`b`: 1, `a`: [1, 2], `cc`: null, `d`:`q\\`r`}')"))
                .isEqualTo(quoted("a|[1, 2]", "b|1", "d|q`r", "cc|NULL"));
        assertThat(query("SELECT * FROM json_each_text('{`b`: 1, `a`: [1,  2], `cc`: null, `d`:`q\\`r`}')"))
                .isEqualTo(quoted("b|1", "a|[1,  2]", "cc|NULL", "d|q`r"));
        StatementResult result = execute("SELECT * FROM jsonb_each('{\"a\":1}') AS e(k, v)");
        assertThat(result.columns()).extracting(column -> column.label() + ":" + column.type().kind())
                .containsExactly("k:TEXT", "v:JSONB");
        assertThat(render(result)).containsExactly("a|1");
        assertThat(execute("SELECT * FROM json_each_text('{}')").columns())
                .extracting(column -> column.label() + ":" + column.type().kind())
                .containsExactly("key:TEXT", "value:TEXT");
        assertThat(query("SELECT e.key, e.value -> 'z' FROM jsonb_each('{`a`: {`z`: 1e2}}') e"))
                .containsExactly("a|100");
        assertThat(query("SELECT * FROM jsonb_each(NULL)")).isEmpty();
        // jsonb orders keys by UTF-8 length, then bytes.
        assertThat(query("SELECT * FROM jsonb_each_text('{`é`:1,`z`:2,`ab`:3}')")).containsExactly("z|2", "ab|3", "é|1");
    }

    @Test
    void objectKeysNamedAfterTheFunctionOrTheAlias() {
        assertThat(query("SELECT * FROM jsonb_object_keys('{`bb`: 1, `a`: 2, `a`: 3}')")).containsExactly("a", "bb");
        assertThat(query("SELECT * FROM json_object_keys('{`bb`: 1, `a`: 2, `a`: 3}')"))
                .containsExactly("bb", "a", "a");
        assertThat(execute("SELECT * FROM jsonb_object_keys('{}')").columns()).extracting(ResultColumn::label)
                .containsExactly("jsonb_object_keys");
        assertThat(query("SELECT k FROM jsonb_object_keys('{`é`: 1}') k")).containsExactly("é");
        assertThat(query("SELECT x FROM json_object_keys('{`a`: 1}') AS t(x)")).containsExactly("a");
    }

    @Test
    void lateralOverATableColumn() {
        run("CREATE TABLE orders (id int, doc jsonb)");
        run("INSERT INTO orders VALUES (1, '{\"items\": [{\"sku\": \"a\", \"n\": 2}, {\"sku\": \"b\", \"n\": 1}]}'),"
                + " (2, '{\"items\": []}'), (3, NULL), (4, '{\"items\": [{\"sku\": \"c\", \"n\": 5.0}]}')");
        assertThat(query("SELECT o.id, item ->> 'sku', (item -> 'n')::text FROM orders o,"
                + " jsonb_array_elements(o.doc -> 'items') AS item ORDER BY 1, 2"))
                .containsExactly("1|a|2", "1|b|1", "4|c|5.0");
        assertThat(query("SELECT id, key, value FROM orders, jsonb_each(doc) ORDER BY id"))
                .isEqualTo(quoted("1|items|[{`n`: 2, `sku`: `a`}, {`n`: 1, `sku`: `b`}]", "2|items|[]",
                        "4|items|[{`n`: 5.0, `sku`: `c`}]"));
        assertThat(query("SELECT o.id, e.sku FROM orders o LEFT JOIN LATERAL"
                + " (SELECT x ->> 'sku' AS sku FROM jsonb_array_elements(o.doc -> 'items') x) e ON true ORDER BY 1, 2"))
                .containsExactly("1|a", "1|b", "2|NULL", "3|NULL", "4|c");
        assertThat(query("SELECT count(*) FROM orders CROSS JOIN LATERAL jsonb_object_keys(doc) k"))
                .containsExactly("3");
        assertThat(query("SELECT o.id, i.value ->> 'sku' FROM orders o LEFT JOIN LATERAL"
                + " jsonb_array_elements(o.doc -> 'items') i ON true WHERE o.id < 4 ORDER BY 1, 2"))
                .containsExactly("1|a", "1|b", "2|NULL", "3|NULL");
        assertThat(query("SELECT o.id, item FROM orders o, jsonb_array_elements(o.doc -> 'items') item"
                + " WHERE item ->> 'sku' = 'b'")).isEqualTo(quoted("1|{`n`: 1, `sku`: `b`}"));
    }

    @Test
    void oneColumnFunctionsInTheSelectList() {
        assertThat(query("SELECT jsonb_object_keys('{`x`:1,`y`:2}')")).containsExactly("x", "y");
        StatementResult result = execute("SELECT 1 AS n, jsonb_array_elements('[1, {\"a\" : 2}]') AS e");
        assertThat(result.columns()).extracting(column -> column.label() + ":" + column.type().kind())
                .containsExactly("n:INTEGER", "e:JSONB");
        assertThat(render(result)).isEqualTo(quoted("1|1", "1|{`a`: 2}"));
        assertThat(execute("SELECT json_array_elements_text('[1, `a`, null]'".replace('`', '"') + ")").columns())
                .extracting(ResultColumn::label).containsExactly("json_array_elements_text");
        assertThat(query("SELECT json_array_elements_text('[1, `a`, null]')")).containsExactly("1", "a", "NULL");
        assertThat(query("SELECT x, jsonb_array_elements_text(d) FROM (VALUES (1, '[`p`,`q`]'::jsonb), (2, '[]'),"
                + " (3, NULL)) v(x, d)")).containsExactly("1|p", "1|q");
        assertThat(error("SELECT length(jsonb_array_elements_text('[`ab`]'))").sqlState()).isEqualTo("0A000");
    }

    @Test
    void errorsAsPostgres() {
        assertError("SELECT * FROM jsonb_array_elements('{`a`:1}')", "22023", "cannot extract elements from an object");
        assertError("SELECT * FROM json_array_elements('{`a`:1}')", "22023",
                "cannot call json_array_elements on a non-array");
        assertError("SELECT * FROM jsonb_array_elements('1')", "22023", "cannot extract elements from a scalar");
        assertError("SELECT * FROM json_array_elements('1')", "22023", "cannot call json_array_elements on a scalar");
        assertError("SELECT * FROM jsonb_array_elements_text('{`a`:1}')", "22023",
                "cannot extract elements from an object");
        assertError("SELECT * FROM json_array_elements_text('1')", "22023",
                "cannot call json_array_elements_text on a scalar");
        assertError("SELECT * FROM jsonb_each('[1]')", "22023", "cannot call jsonb_each on a non-object");
        assertError("SELECT * FROM json_each('[1]')", "22023", "cannot deconstruct an array as an object");
        assertError("SELECT * FROM jsonb_each('1')", "22023", "cannot call jsonb_each on a non-object");
        assertError("SELECT * FROM json_each('1')", "22023", "cannot deconstruct a scalar");
        assertError("SELECT * FROM jsonb_each_text('[1]')", "22023", "cannot call jsonb_each_text on a non-object");
        assertError("SELECT * FROM json_each_text('`x`')", "22023", "cannot deconstruct a scalar");
        assertError("SELECT * FROM jsonb_object_keys('[1]')", "22023", "cannot call jsonb_object_keys on an array");
        assertError("SELECT * FROM jsonb_object_keys('1')", "22023", "cannot call jsonb_object_keys on a scalar");
        assertError("SELECT * FROM json_object_keys('[1]')", "22023", "cannot call json_object_keys on an array");
        assertError("SELECT * FROM json_object_keys('1')", "22023", "cannot call json_object_keys on a scalar");
        assertError("SELECT * FROM jsonb_each('{}') e(a, b, c)", "42P10",
                "table \"e\" has 2 columns available but 3 columns specified");
        assertError("SELECT * FROM jsonb_each('{}'::json)", "42883", "function jsonb_each(json) does not exist");
        assertError("SELECT * FROM jsonb_each('{')", "22P02", "invalid input syntax for type json");
    }

    private void assertError(String sql, String sqlState, String message) {
        DoSqlException failure = error(sql);
        assertThat(failure.getMessage()).isEqualTo(message);
        assertThat(failure.sqlState()).isEqualTo(sqlState);
    }
}
