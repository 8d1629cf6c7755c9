package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** information_schema views over the catalog; every expected row was produced by PostgreSQL 15 from the same DDL. */
class InformationSchemaTest extends SqlTestSupport {
    @BeforeEach
    void schema() {
        run("CREATE TABLE isp (id int PRIMARY KEY, code varchar(8) UNIQUE, price numeric(10,2) DEFAULT 0,"
                + " qty smallint NOT NULL, at timestamp, f float8, b boolean)");
        run("CREATE TABLE isc (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, p int REFERENCES isp ON DELETE CASCADE,"
                + " note text CHECK (note <> ''), CONSTRAINT isc_uq UNIQUE (p, note))");
        run("CREATE UNIQUE INDEX isc_note ON isc (note)");
        run("CREATE VIEW isv AS SELECT id, code FROM isp");
    }

    @Test
    void tablesAndViews() {
        assertThat(rows("SELECT table_catalog IS NOT NULL, table_schema, table_name, table_type, is_typed"
                + " FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"))
                .containsExactly("true|public|isc|BASE TABLE|NO", "true|public|isp|BASE TABLE|NO",
                        "true|public|isv|VIEW|NO");
        assertThat(rows("SELECT table_name, check_option FROM information_schema.views WHERE table_schema = 'public'"))
                .containsExactly("isv|NONE");
        assertThat(rows("SELECT schema_name FROM information_schema.schemata"
                + " WHERE schema_name IN ('public', 'information_schema') ORDER BY 1"))
                .containsExactly("information_schema", "public");
    }

    @Test
    void columnsDescribeTypesDefaultsAndIdentity() {
        assertThat(rows("SELECT table_name, column_name, ordinal_position, column_default, is_nullable, data_type,"
                + " character_maximum_length, numeric_precision, numeric_precision_radix, numeric_scale,"
                + " datetime_precision, udt_name, is_identity, identity_generation, is_generated"
                + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('isp', 'isc')"
                + " ORDER BY table_name, ordinal_position"))
                .containsExactly(
                        "isc|id|1|NULL|NO|bigint|NULL|64|2|0|NULL|int8|YES|ALWAYS|NEVER",
                        "isc|p|2|NULL|YES|integer|NULL|32|2|0|NULL|int4|NO|NULL|NEVER",
                        "isc|note|3|NULL|YES|text|NULL|NULL|NULL|NULL|NULL|text|NO|NULL|NEVER",
                        "isp|id|1|NULL|NO|integer|NULL|32|2|0|NULL|int4|NO|NULL|NEVER",
                        "isp|code|2|NULL|YES|character varying|8|NULL|NULL|NULL|NULL|varchar|NO|NULL|NEVER",
                        "isp|price|3|0|YES|numeric|NULL|10|10|2|NULL|numeric|NO|NULL|NEVER",
                        "isp|qty|4|NULL|NO|smallint|NULL|16|2|0|NULL|int2|NO|NULL|NEVER",
                        "isp|at|5|NULL|YES|timestamp without time zone|NULL|NULL|NULL|NULL|6|timestamp|NO|NULL|NEVER",
                        "isp|f|6|NULL|YES|double precision|NULL|53|2|NULL|NULL|float8|NO|NULL|NEVER",
                        "isp|b|7|NULL|YES|boolean|NULL|NULL|NULL|NULL|NULL|bool|NO|NULL|NEVER");
    }

    @Test
    void constraintsAndTheirColumns() {
        assertThat(rows("SELECT constraint_schema, constraint_name, table_name, constraint_type, is_deferrable,"
                + " initially_deferred, enforced FROM information_schema.table_constraints"
                + " WHERE table_schema = 'public' AND constraint_type <> 'CHECK' ORDER BY constraint_name"))
                .containsExactly("public|isc_p_fkey|isc|FOREIGN KEY|NO|NO|YES", "public|isc_pkey|isc|PRIMARY KEY|NO|NO|YES",
                        "public|isc_uq|isc|UNIQUE|NO|NO|YES", "public|isp_code_key|isp|UNIQUE|NO|NO|YES",
                        "public|isp_pkey|isp|PRIMARY KEY|NO|NO|YES");
        assertThat(rows("SELECT constraint_name, table_name, column_name, ordinal_position, position_in_unique_constraint"
                + " FROM information_schema.key_column_usage WHERE table_schema = 'public'"
                + " ORDER BY constraint_name, ordinal_position"))
                .containsExactly("isc_p_fkey|isc|p|1|1", "isc_pkey|isc|id|1|NULL", "isc_uq|isc|p|1|NULL",
                        "isc_uq|isc|note|2|NULL", "isp_code_key|isp|code|1|NULL", "isp_pkey|isp|id|1|NULL");
        assertThat(rows("SELECT constraint_name, unique_constraint_schema, unique_constraint_name, match_option,"
                + " update_rule, delete_rule FROM information_schema.referential_constraints"))
                .containsExactly("isc_p_fkey|public|isp_pkey|NONE|NO ACTION|CASCADE");
    }

    @Test
    void viewsFollowCatalogChangesAndJoin() {
        String count = "SELECT count(*) FROM information_schema.columns WHERE table_name = 'isp'";
        assertThat(single(count)).isEqualTo("7");
        run("ALTER TABLE isp ADD COLUMN extra text");
        assertThat(single(count)).isEqualTo("8");
        assertThat(rows("SELECT t.table_name, count(c.column_name) FROM information_schema.tables t"
                + " JOIN information_schema.columns c USING (table_schema, table_name)"
                + " WHERE t.table_type = 'BASE TABLE' GROUP BY t.table_name ORDER BY 1"))
                .containsExactly("isc|3", "isp|8");
        assertThat(failure("SELECT * FROM information_schema.nope").sqlState()).isEqualTo("42P01");
    }
}
