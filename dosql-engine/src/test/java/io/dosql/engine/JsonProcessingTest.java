package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import io.dosql.core.TypeKind;
import org.junit.jupiter.api.Test;

/**
 * JSON processing functions and jsonb's deleting operators; every value and error as PostgreSQL 15
 * gives it. JSON is written with ` for its double quotes, turned into " before running.
 */
class JsonProcessingTest extends SqlTestSupport {
    private String value(String sql) {
        return single(sql.replace('`', '"'));
    }

    private static String json(String text) {
        return text.replace('`', '"');
    }

    private void assertError(String sql, String sqlState, String message) {
        DoSqlException failure = failure(sql.replace('`', '"'));
        assertThat(failure.getMessage()).isEqualTo(message);
        assertThat(failure.sqlState()).isEqualTo(sqlState);
    }

    @Test
    void arrayLength() {
        assertThat(value("SELECT jsonb_array_length('[1,2,3]'), json_array_length('[1, [2,3], {`a`:1}]'),"
                + " jsonb_array_length('[]'), jsonb_array_length(NULL), json_array_length('[]'),"
                + " jsonb_array_length('[1,2,[3,4]]'::jsonb -> 2)")).isEqualTo("3|3|0|NULL|0|2");
        assertThat(execute("SELECT jsonb_array_length('[1]')").columns().get(0).type().kind())
                .isEqualTo(TypeKind.INTEGER);
        assertError("SELECT jsonb_array_length('{`a`:1}')", "22023", "cannot get array length of a non-array");
        assertError("SELECT json_array_length('{`a`:1}')", "22023", "cannot get array length of a non-array");
        assertError("SELECT jsonb_array_length('5')", "22023", "cannot get array length of a scalar");
        assertError("SELECT json_array_length('`x`')", "22023", "cannot get array length of a scalar");
    }

    @Test
    void typeOf() {
        assertThat(value("SELECT jsonb_typeof('{}'), jsonb_typeof('[]'), jsonb_typeof('`x`'), jsonb_typeof('1.5'),"
                + " jsonb_typeof('true'), jsonb_typeof('null'), json_typeof(' null '), jsonb_typeof(NULL)"))
                .isEqualTo("object|array|string|number|boolean|null|null|NULL");
    }

    @Test
    void stripNullsCompactsJsonAndNormalizesJsonb() {
        assertThat(value("SELECT jsonb_strip_nulls('{`a`:null,`b`:[1,null,{`c`:null,`d`:2}],`e`:{`f`:null}}'),"
                + " json_strip_nulls('{`a`:null, `b` :  [1,null,{`c`:null,`d`:2}],`e`:{`f`:null}}')"))
                .isEqualTo(json("{`b`: [1, null, {`d`: 2}], `e`: {}}|{`b`:[1,null,{`d`:2}],`e`:{}}"));
        assertThat(value("SELECT json_strip_nulls('[ null , {`a` : null} ,  1.50 ]'), json_strip_nulls('  null '),"
                + " jsonb_strip_nulls('null'), jsonb_strip_nulls(NULL), json_strip_nulls('{`a`:null}')"))
                .isEqualTo("[null,{},1.50]|null|null|NULL|{}");
        assertThat(value("SELECT jsonb_strip_nulls('{`a`:`\\u00e9`, `n`: 1.0e1, `z`: null}'),"
                + " json_strip_nulls('{`a`:`\\u00e9`, `n`: 1.0e1, `z`: null, `s`:`a\\`b`}')"))
                .isEqualTo(json("{`a`: `é`, `n`: 10}|{`a`:`é`,`n`:1.0e1,`s`:`a\\`b`}"));
        assertThat(value("SELECT json_strip_nulls('{`a`:{`b`:null,`c`:[null,{`d`:null}]},`e` :  `\\u0001`,  `f`:1e5}')"))
                .isEqualTo(json("{`a`:{`c`:[null,{}]},`e`:`\\u0001`,`f`:1e5}"));
    }

    @Test
    void prettyLaysOutAsPostgres() {
        assertThat(value("SELECT jsonb_pretty('{`a`:1,`b`:[1,2,{`c`:`x`}],`d`:{},`e`:[],`f`:{`g`:null}}')"))
                .isEqualTo(json("{\n    `a`: 1,\n    `b`: [\n        1,\n        2,\n        {\n            `c`: `x`\n"
                        + "        }\n    ],\n    `d`: {\n    },\n    `e`: [\n    ],\n    `f`: {\n        `g`: null\n"
                        + "    }\n}"));
        assertThat(value("SELECT jsonb_pretty('[]'), jsonb_pretty('1.50'), jsonb_pretty('`é`'), jsonb_pretty('[[]]'),"
                + " jsonb_pretty('{`a`:{}}'), jsonb_pretty(NULL)"))
                .isEqualTo(json("[\n]|1.50|`é`|[\n    [\n    ]\n]|{\n    `a`: {\n    }\n}|NULL"));
        assertThat(value("SELECT jsonb_pretty('[1,[2,[3]],{`x`:[{}]}]')"))
                .isEqualTo("[\n    1,\n    [\n        2,\n        [\n            3\n        ]\n    ],\n    {\n"
                        + "        \"x\": [\n            {\n            }\n        ]\n    }\n]");
        assertThat(value("SELECT jsonb_pretty('{`a`:`x\\`y\\\\u00e9\\n`,`b`:1e2, `c`:-0.0, `d`:true}')"))
                .isEqualTo(json("{\n    `a`: `x\\`y\\\\u00e9\\n`,\n    `b`: 100,\n    `c`: 0.0,\n    `d`: true\n}"));
    }

    @Test
    void extractPath() {
        assertThat(value("SELECT jsonb_extract_path('{`a`:{`b`:[10,{`c`:`x`}]}}', 'a', 'b', '1'),"
                + " jsonb_extract_path_text('{`a`:{`b`:[10,{`c`:`x`}]}}', 'a','b','1','c'),"
                + " jsonb_extract_path('{`a`:1}', 'z'), jsonb_extract_path('{`a`:1}', NULL),"
                + " jsonb_extract_path('{`a`:1}', 'a', NULL), jsonb_extract_path_text('{`a`:`é\\u00e9`}', 'a')"))
                .isEqualTo(json("{`c`: `x`}|x|NULL|NULL|NULL|éé"));
        assertThat(value("SELECT json_extract_path('{`a`:{`b`:[10, {`c` : `x`}]}}', 'a', 'b', '1'),"
                + " json_extract_path_text('{`a`:{`b`:[10,{`c`:`x`}]}}', 'a','b','-1','c'),"
                + " json_extract_path_text('{`a`:null}', 'a'), json_extract_path('{`a`:null}', 'a'),"
                + " jsonb_extract_path('[1,2]', 'x')")).isEqualTo(json("{`c` : `x`}|x|NULL|null|NULL"));
        assertThat(value("SELECT jsonb_extract_path('{`a`:1}'::jsonb, 'a', 'b'), jsonb_extract_path('[[1]]', '0', '0'),"
                + " jsonb_extract_path('[1]', ' 0'), jsonb_extract_path('[1]', '0x'),"
                + " jsonb_extract_path_text('{`a`:[1]}', 'a'), jsonb_extract_path(NULL, 'a')"))
                .isEqualTo("NULL|1|1|NULL|[1]|NULL");
        assertThat(value("SELECT jsonb_extract_path('[1]', '+0'), jsonb_extract_path('[1]', '0 '),"
                + " jsonb_extract_path('[1,2]', '-1'), json_extract_path('[1,2]', '-1'), json_extract_path('[1]', ' 0'),"
                + " json_extract_path('[1]', '0 '), json_extract_path('{`a`:1, `a`:2}', 'a')"))
                .isEqualTo("1|NULL|2|2|1|NULL|2");
        StatementResult result = execute("SELECT jsonb_extract_path('{}', 'a'), json_extract_path('{}', 'a'),"
                + " jsonb_extract_path_text('{}', 'a')");
        assertThat(result.columns()).extracting(column -> column.type().kind())
                .containsExactly(TypeKind.JSONB, TypeKind.JSON, TypeKind.TEXT);
        assertError("SELECT jsonb_extract_path('{}')", "42883", "function jsonb_extract_path(unknown) does not exist");
    }

    @Test
    void deleteKeyIndexAndPath() {
        assertThat(value("SELECT '{`a`:1,`b`:2}'::jsonb - 'a', '[`a`,`b`,`a`,1]'::jsonb - 'a', '[1,2,3]'::jsonb - 1,"
                + " '[1,2,3]'::jsonb - -1, '[1,2,3]'::jsonb - 5, '{`a`:1}'::jsonb - 'z', '[1,2,3]'::jsonb - -4"))
                .isEqualTo(json("{`b`: 2}|[`b`, 1]|[1, 3]|[1, 2]|[1, 2, 3]|{`a`: 1}|[1, 2, 3]"));
        assertThat(value("SELECT '[`a`,{`a`:1},`b`]'::jsonb - 'a', '{`a`:1,`b`:{`a`:2}}'::jsonb - 'a', '[]'::jsonb - 0,"
                + " '{}'::jsonb - 'a', '{`a`:1}'::jsonb - NULL::text"))
                .isEqualTo(json("[{`a`: 1}, `b`]|{`b`: {`a`: 2}}|[]|{}|NULL"));
        assertThat(value("SELECT '{`a`:{`b`:[1,2]}}'::jsonb #- '{a,b,0}', '[1,2,3]'::jsonb #- '{-1}',"
                + " '{`a`:1}'::jsonb #- '{}', '{`a`:1}'::jsonb #- '{z,y}'"))
                .isEqualTo(json("{`a`: {`b`: [2]}}|[1, 2]|{`a`: 1}|{`a`: 1}"));
        assertThat(value("SELECT '{`a`:1}'::jsonb #- '{a,b}', '{`a`:[1,{`b`:2}]}'::jsonb #- '{a,-1,b}',"
                + " '{`a`:[1,2]}'::jsonb #- '{a,5}', '{`a`:[1,2]}'::jsonb #- '{a,-3}', '[1,[2,3]]'::jsonb #- '{1, 0}',"
                + " NULL::jsonb #- '{a}', '[{`a`:1}]'::jsonb #- '{0,a,x}'"))
                .isEqualTo(json("{`a`: 1}|{`a`: [1, {}]}|{`a`: [1, 2]}|{`a`: [1, 2]}|[1, [3]]|NULL|[{`a`: 1}]"));
        assertThat(execute("SELECT '{}'::jsonb - 'a'").columns().get(0).type().kind()).isEqualTo(TypeKind.JSONB);
        assertError("SELECT '`a`'::jsonb - 'a'", "22023", "cannot delete from scalar");
        assertError("SELECT '{`a`:1}'::jsonb - 0", "22023", "cannot delete from object using integer index");
        assertError("SELECT '5'::jsonb - 0", "22023", "cannot delete from scalar");
        assertError("SELECT '[1,2]'::jsonb #- '{x}'", "22P02", "path element at position 1 is not an integer: \"x\"");
        assertError("SELECT '{`a`:[1,2]}'::jsonb #- '{a,x}'", "22P02",
                "path element at position 2 is not an integer: \"x\"");
        assertError("SELECT '5'::jsonb #- '{x}'", "22023", "cannot delete path in scalar");
        assertError("SELECT '{`a`:1}'::json - 'a'", "42883", "operator does not exist: json - unknown");
    }
}
