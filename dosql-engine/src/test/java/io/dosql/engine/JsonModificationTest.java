package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** jsonb {@code ||}, jsonb_set and jsonb_insert; every expected value and error is PostgreSQL 15's. */
class JsonModificationTest extends SqlTestSupport {
    @Test
    void concatenation() {
        assertThat(single("SELECT '{\"a\":1,\"b\":2}'::jsonb || '{\"b\":3,\"c\":4}'::jsonb"))
                .isEqualTo("{\"a\": 1, \"b\": 3, \"c\": 4}");
        assertThat(single("SELECT '[1,2]'::jsonb || '[3]'::jsonb, '[1]'::jsonb || '{\"a\":1}'::jsonb,"
                + " '{\"a\":1}'::jsonb || '1'::jsonb, '1'::jsonb || '2'::jsonb"))
                .isEqualTo("[1, 2, 3]|[1, {\"a\": 1}]|[{\"a\": 1}, 1]|[1, 2]");
        assertThat(single("SELECT '{}'::jsonb || '{}'::jsonb, '[]'::jsonb || '[]'::jsonb, '[]'::jsonb || '1'::jsonb,"
                + " '{\"a\":1}' || '{\"b\":2}'::jsonb, '{\"a\":1}'::jsonb || 'x'::text"))
                .isEqualTo("{}|[]|[1]|{\"a\": 1, \"b\": 2}|{\"a\": 1}x");
        run("CREATE TABLE docs (id int PRIMARY KEY, data jsonb); INSERT INTO docs VALUES (1, '{\"n\": 1}');"
                + " UPDATE docs SET data = data || '{\"tag\": \"x\"}'");
        assertThat(single("SELECT data FROM docs")).isEqualTo("{\"n\": 1, \"tag\": \"x\"}");
    }

    @Test
    void set() {
        assertThat(single("SELECT jsonb_set('{\"a\":1,\"b\":{\"c\":2}}', '{b,c}', '5'), jsonb_set('{\"a\":1}', '{x}', '\"new\"'),"
                + " jsonb_set('{\"a\":1}', '{x}', '\"new\"', false)"))
                .isEqualTo("{\"a\": 1, \"b\": {\"c\": 5}}|{\"a\": 1, \"x\": \"new\"}|{\"a\": 1}");
        assertThat(single("SELECT jsonb_set('[1,2,3]', '{1}', '9'), jsonb_set('[1,2,3]', '{-1}', '9'),"
                + " jsonb_set('[1,2,3]', '{10}', '9'), jsonb_set('[1,2,3]', '{-10}', '9'), jsonb_set('[]', '{0}', '9')"))
                .isEqualTo("[1, 9, 3]|[1, 2, 9]|[1, 2, 3, 9]|[9, 1, 2, 3]|[9]");
        // a path leaving the value before its last step changes nothing
        assertThat(single("SELECT jsonb_set('{\"a\":{\"b\":1}}', '{x,y}', '2'), jsonb_set('{\"a\":1}', '{a,b}', '2'),"
                + " jsonb_set('{\"a\":[1,{\"b\":2}]}', '{a,1,b}', '\"z\"')"))
                .isEqualTo("{\"a\": {\"b\": 1}}|{\"a\": 1}|{\"a\": [1, {\"b\": \"z\"}]}");
        assertThat(single("SELECT jsonb_set('{\"a\":1}', '{}', '2'), jsonb_set('{\"a\":1}', '{a}', NULL)"))
                .isEqualTo("{\"a\": 1}|NULL");
        assertThat(failure("SELECT jsonb_set('5', '{a}', '1')").getMessage()).isEqualTo("cannot set path in scalar");
        assertThat(failure("SELECT jsonb_set('5', '{a}', '1')").sqlState()).isEqualTo("22023");
        var notAnIndex = failure("SELECT jsonb_set('[1,2]', '{x}', '1')");
        assertThat(notAnIndex.sqlState()).isEqualTo("22P02");
        assertThat(notAnIndex.getMessage()).isEqualTo("path element at position 1 is not an integer: \"x\"");
        var malformed = failure("SELECT jsonb_set('{\"a\":1}', 'a', '2')");
        assertThat(malformed.sqlState()).isEqualTo("22P02");
        assertThat(malformed.getMessage()).isEqualTo("malformed array literal: \"a\"");
    }

    @Test
    void existence() {
        assertThat(single("SELECT jsonb_exists('{\"a\":1}', 'a'), jsonb_exists('[\"a\",\"b\"]', 'b'), jsonb_exists('\"a\"', 'a'),"
                + " jsonb_exists('[1]', '1'), jsonb_exists('{\"x\":{\"a\":1}}', 'a'), jsonb_exists_any('{\"a\":1,\"b\":2}', '{b,c}'),"
                + " jsonb_exists_all('{\"a\":1,\"b\":2}', '{a,c}'), jsonb_exists_all('{\"a\":1}', '{}'),"
                + " jsonb_exists_any('{\"a\":1}', '{}'), jsonb_exists('null', 'null')"))
                .isEqualTo("true|true|true|false|false|true|false|true|false|false");
    }

    /** jsonb = and ORDER BY as PostgreSQL's btree operators: numbers by value, then its type order. */
    @Test
    void equalityAndOrder() {
        assertThat(single("SELECT '{\"a\":1}'::jsonb = '{\"a\":1.0}'::jsonb, '1'::jsonb = '1.00'::jsonb,"
                + " '[1,2]'::jsonb = '[1,2.0]'::jsonb, '{\"a\":1}'::jsonb <> '{\"a\":2}'::jsonb,"
                + " '{\"a\":1}'::jsonb < '{\"b\":0}'::jsonb, '{\"aa\":1}'::jsonb > '{\"b\":1}'::jsonb"))
                .isEqualTo("true|true|true|true|true|false");
        assertThat(single("SELECT count(DISTINCT v) FROM (VALUES ('{\"a\":1}'::jsonb), ('{\"a\":1.0}'::jsonb),"
                + " ('{\"a\":2}'::jsonb)) t(v)")).isEqualTo("2");
        assertThat(rows("SELECT v FROM (VALUES ('{\"a\":1}'::jsonb), ('[1]'::jsonb), ('1'::jsonb), ('\"s\"'::jsonb),"
                + " ('null'::jsonb), ('true'::jsonb), ('{}'::jsonb), ('[]'::jsonb), ('{\"b\":1,\"a\":1}'::jsonb),"
                + " ('[0,0]'::jsonb), ('2'::jsonb), ('false'::jsonb), ('\"a\"'::jsonb)) t(v) ORDER BY v"))
                .containsExactly("[]", "null", "\"a\"", "\"s\"", "1", "2", "false", "true", "[1]", "[0, 0]", "{}",
                        "{\"a\": 1}", "{\"a\": 1, \"b\": 1}");
        assertThat(single("SELECT '[1.0]'::jsonb @> '[1]', '{\"a\":1.50}'::jsonb @> '{\"a\":1.5}'"))
                .isEqualTo("true|true");
    }

    @Test
    void insert() {
        assertThat(single("SELECT jsonb_insert('[1,2,3]', '{1}', '9'), jsonb_insert('[1,2,3]', '{1}', '9', true),"
                + " jsonb_insert('[1,2,3]', '{10}', '9'), jsonb_insert('[1,2,3]', '{-10}', '9'),"
                + " jsonb_insert('[1,2,3]', '{-1}', '9', true)"))
                .isEqualTo("[1, 9, 2, 3]|[1, 2, 9, 3]|[1, 2, 3, 9]|[9, 1, 2, 3]|[1, 2, 3, 9]");
        assertThat(single("SELECT jsonb_insert('{\"a\":1}', '{b}', '2'), jsonb_insert('{\"a\":{\"b\":[1]}}', '{a,b,0}', '0')"))
                .isEqualTo("{\"a\": 1, \"b\": 2}|{\"a\": {\"b\": [0, 1]}}");
        var existing = failure("SELECT jsonb_insert('{\"a\":1}', '{a}', '2')");
        assertThat(existing.sqlState()).isEqualTo("22023");
        assertThat(existing.getMessage()).isEqualTo("cannot replace existing key");
    }
}
