package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import io.dosql.core.TypeKind;
import org.junit.jupiter.api.Test;

/** json and jsonb: casts, constructors, aggregates and operators; every text as PostgreSQL 15 prints it. */
class JsonTest extends SqlTestSupport {
    @Test
    void buildObjectAndArraySpellValuesAsPostgres() {
        assertThat(single("SELECT json_build_object('a', 1, 'b', 'x', 'c', NULL, 'd', true, 'e', 1.50,"
                + " 'f', DATE '2020-01-02', 'g', TIMESTAMP '2020-01-02 03:04:05.5', 'h', json_build_array(1, 'q'))"))
                .isEqualTo("{\"a\" : 1, \"b\" : \"x\", \"c\" : null, \"d\" : true, \"e\" : 1.50, \"f\" : \"2020-01-02\","
                        + " \"g\" : \"2020-01-02T03:04:05.5\", \"h\" : [1, \"q\"]}");
        assertThat(single("SELECT jsonb_build_object('bb', 1, 'a', 'x', 'a', 2)")).isEqualTo("{\"a\": 2, \"bb\": 1}");
        StatementResult result = execute("SELECT json_build_object('k', 1) AS j, jsonb_build_array() AS b");
        assertThat(result.columns()).extracting(column -> column.type().kind())
                .containsExactly(TypeKind.JSON, TypeKind.JSONB);
        assertThat(render(result)).containsExactly("{\"k\" : 1}|[]");
    }

    @Test
    void aggregates() {
        assertThat(single("SELECT json_agg(x) FROM (VALUES (1), (2), (NULL)) v(x)")).isEqualTo("[1, 2, null]");
        assertThat(single("SELECT json_agg(json_build_object('k', x)) FROM (VALUES (1), (2)) v(x)"))
                .isEqualTo("[{\"k\" : 1}, {\"k\" : 2}]");
        assertThat(single("SELECT jsonb_agg(json_build_object('k', x)) FROM (VALUES (1), (2)) v(x)"))
                .isEqualTo("[{\"k\": 1}, {\"k\": 2}]");
        assertThat(single("SELECT json_agg(x ORDER BY x DESC) FROM (VALUES (1), (2)) v(x)")).isEqualTo("[2, 1]");
        assertThat(single("SELECT coalesce(json_agg(x), '[]') FROM (VALUES (1)) v(x) WHERE false")).isEqualTo("[]");
        assertThat(single("SELECT json_agg(x) FROM (VALUES (1)) v(x) WHERE false")).isEqualTo("NULL");
        assertThat(single("SELECT json_object_agg(k, v) FROM (VALUES ('a', 1), ('b', 2)) t(k, v)"))
                .isEqualTo("{ \"a\" : 1, \"b\" : 2 }");
    }

    @Test
    void toJsonEscapesAndFormats() {
        assertThat(single("SELECT to_json('a\"b\\c'::text), to_json(1.5::float8), to_json('Infinity'::float8),"
                + " to_json(TIMESTAMPTZ '2020-01-02 03:04:05+00'), to_json(TIME '10:00'), to_json(INTERVAL '1 day')"))
                .isEqualTo("\"a\\\"b\\\\c\"|1.5|\"Infinity\"|\"2020-01-02T03:04:05+00:00\"|\"10:00:00\"|\"1 day\"");
        assertThat(single("SELECT to_json(E'tab\\there\\n'::text), to_json(E'\\x01'::text), to_jsonb(DATE '2020-01-02')"))
                .isEqualTo("\"tab\\there\\n\"|\"\\u0001\"|\"2020-01-02\"");
    }

    @Test
    void castsNormalizeJsonbAndKeepJsonVerbatim() {
        assertThat(single("SELECT '{\"b\": 1, \"a\": [1,  2, {\"z\": null, \"y\": 1e2}], \"a\": 3}'::jsonb,"
                + " '{\"b\": 1,   \"a\": 2}'::json"))
                .isEqualTo("{\"a\": 3, \"b\": 1}|{\"b\": 1,   \"a\": 2}");
        assertThat(single("SELECT '1.0'::jsonb, '-0'::jsonb, '1E-2'::jsonb, '  \"a\"  '::json, '{}'::jsonb,"
                + " '{\"a\":{}}'::jsonb")).isEqualTo("1.0|0|0.01|  \"a\"  |{}|{\"a\": {}}");
        assertThat(single("SELECT '{\"a\":1}'::json::jsonb, '{\"a\" :1}'::jsonb::json::text"))
                .isEqualTo("{\"a\": 1}|{\"a\": 1}");
        DoSqlException failure = failure("SELECT 'nope'::json");
        assertThat(failure.sqlState()).isEqualTo("22P02");
        assertThat(failure.getMessage()).isEqualTo("invalid input syntax for type json");
        assertThat(failure.detail()).contains("Token \"nope\" is invalid.");
        assertThat(failure("SELECT '{\"a\":1}'::json = '{\"a\":1}'::json").sqlState()).isEqualTo("42883");
        assertThat(single("SELECT '{\"a\":1}'::jsonb = '{\"a\": 1}'::jsonb")).isEqualTo("true");
    }

    @Test
    void operators() {
        assertThat(single("SELECT '{\"a\": [1,  2]}'::json -> 'a', '{\"a\": [1,  2]}'::json -> 'a' -> 1,"
                + " '{\"a\": {\"b\": \"x\"}}'::json #> '{a,b}', '{\"a\": {\"b\": \"x\"}}'::json #>> '{a,b}',"
                + " '[1,2,3]'::json -> -1, '{\"a\":\"s\"}'::json ->> 'a'"))
                .isEqualTo("[1,  2]|2|\"x\"|x|3|s");
        assertThat(single("SELECT '{\"a\": [1,  2]}'::jsonb -> 'a', '{\"a\": 1, \"b\": 2}'::jsonb @> '{\"a\": 1}',"
                + " '[1,2,[3]]'::jsonb @> '[[3]]', '{\"a\":null}'::jsonb ->> 'a', '{\"a\":1}'::jsonb -> 'x'"))
                .isEqualTo("[1, 2]|true|true|NULL|NULL");
        assertThat(single("SELECT '[1,2]'::jsonb @> '1', '[1,2]'::jsonb @> '[[1]]', '{\"a\":1}'::jsonb <@ '{\"a\":1,\"b\":2}'"))
                .isEqualTo("true|false|true");
        // Path elements as PostgreSQL reads text[]: whitespace around an element is dropped, inside quotes kept
        // (expected values from PostgreSQL 15)
        assertThat(single("SELECT '{\"a\":[5]}'::jsonb #> '{a,\"0 \"}', '{\"a\":[5]}'::jsonb #> '{a, 0 }',"
                + " '{\"a\":{\"0 \":1}}'::jsonb #> '{a,\"0 \"}', '{\"a\":{\" x y \":2}}'::jsonb #>> '{ a , \" x y \" }',"
                + " '{\"a\":{\"b c\":3}}'::jsonb #>> '{a, b c }'"))
                .isEqualTo("NULL|5|1|2|3");
        StatementResult types = execute("SELECT '{}'::json -> 'a', '{}'::json ->> 'a', '{}'::jsonb -> 'a'");
        assertThat(types.columns()).extracting(column -> column.type().kind())
                .containsExactly(TypeKind.JSON, TypeKind.TEXT, TypeKind.JSONB);
    }

    @Test
    void columnsStoreAndFilter() {
        run("CREATE TABLE docs (id INT, body JSONB, raw JSON)");
        run("INSERT INTO docs VALUES (1, '{\"tag\": \"x\", \"n\": 1}', '{\"tag\":\"x\"}'), (2, '{\"n\": 2}', '[]')");
        assertThat(rows("SELECT id, body ->> 'tag' FROM docs WHERE body @> '{\"n\": 1}'")).containsExactly("1|x");
        assertThat(rows("SELECT body, raw FROM docs ORDER BY id"))
                .containsExactly("{\"n\": 1, \"tag\": \"x\"}|{\"tag\":\"x\"}", "{\"n\": 2}|[]");
        assertThat(failure("INSERT INTO docs VALUES (3, '{bad', NULL)").sqlState()).isEqualTo("22P02");
    }

    @Test
    void rowToJsonOfAFromItem() {
        assertThat(single("SELECT row_to_json(v) FROM (VALUES (1, 'a')) v(x, y)")).isEqualTo("{\"x\":1,\"y\":\"a\"}");
        run("CREATE TABLE p (id INT, name TEXT)");
        run("INSERT INTO p VALUES (1, 'x'), (2, NULL)");
        assertThat(rows("SELECT (SELECT row_to_json(q) FROM p AS q WHERE q.id = o.id) FROM p AS o ORDER BY o.id"))
                .containsExactly("{\"id\":1,\"name\":\"x\"}", "{\"id\":2,\"name\":null}");
        assertThat(failure("SELECT row_to_json(1)").sqlState()).isEqualTo("0A000");
    }
}
