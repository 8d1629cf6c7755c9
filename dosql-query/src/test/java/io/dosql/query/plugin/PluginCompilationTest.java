package io.dosql.query.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.query.DoQuery;
import io.dosql.query.MySqlDb;
import io.dosql.query.PostgresDb;
import io.dosql.query.SqliteDb;
import io.dosql.query.UnreachableDataSource;
import io.dosql.query.compiler.CompiledQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each shipped plugin does to the compiled SQL. */
class PluginCompilationTest {
    private static final PostgresDb POSTGRES = DoQuery.postgres(new UnreachableDataSource());
    private static final MySqlDb MYSQL = DoQuery.mysql(new UnreachableDataSource());
    private static final SqliteDb SQLITE = DoQuery.sqlite(new UnreachableDataSource());

    @Test
    void camelCaseRenamesIdentifiersAndResultColumns() {
        PostgresDb db = POSTGRES.withPlugin(new CamelCasePlugin());
        assertThat(db.selectFrom("personPet as pp").select("pp.firstName as displayName").where("lastName", "=", "x")
            .compile()).isEqualTo(new CompiledQuery("select \"pp\".\"first_name\" as \"display_name\" from"
            + " \"person_pet\" as \"pp\" where \"last_name\" = ?", List.of("x")));
        assertThat(db.insertInto("person").values(Map.of("firstName", "Ann")).onConflict("firstName")
            .doUpdateSet(u -> u.setExcluded("firstName")).compile().sql())
            .isEqualTo("insert into \"person\" (\"first_name\") values (?) on conflict (\"first_name\") do update set"
                + " \"first_name\" = excluded.\"first_name\"");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("first_name", "Ann");
        row.put("id", 1);
        assertThat(new CamelCasePlugin().transformResult(row)).containsExactly(Map.entry("firstName", "Ann"),
            Map.entry("id", 1));
    }

    @Test
    void tenantFilterScopesSelectsJoinsSubqueriesUpdatesDeletesAndInserts() {
        MySqlDb db = MYSQL.withPlugin(new TenantFilterPlugin("tenant_id", Set.of("note", "tag"), () -> 7));
        assertThat(db.selectFrom("note as n").leftJoin("tag", "tag.note_id", "n.id").leftJoin("user", "user.id", "n.id")
            .where("n.id", "in", List.of(1)).compile()).isEqualTo(new CompiledQuery(
            "select * from `note` as `n` left join `tag` on `tag`.`note_id` = `n`.`id` and `tag`.`tenant_id` = ?"
                + " left join `user` on `user`.`id` = `n`.`id` where `n`.`id` in (?) and `n`.`tenant_id` = ?",
            List.of(7, 1, 7)));
        assertThat(db.update("note").set("body", "x").compile().sql())
            .isEqualTo("update `note` set `body` = ? where `note`.`tenant_id` = ?");
        assertThat(db.deleteFrom("note").where("id", "=", 1).compile())
            .isEqualTo(new CompiledQuery("delete from `note` where `id` = ? and `note`.`tenant_id` = ?", List.of(1, 7)));
        assertThat(db.insertInto("note").columns("id").values(1).values(2).compile())
            .isEqualTo(new CompiledQuery("insert into `note` (`id`, `tenant_id`) values (?, ?), (?, ?)",
                List.of(1, 7, 2, 7)));
        assertThat(db.insertInto("note").columns("id").fromSelect(db.selectFrom("draft").select("id")).compile().sql())
            .isEqualTo("insert into `note` (`id`, `tenant_id`) select `id`, ? from `draft`");
        assertThat(db.selectFrom("user").where(io.dosql.query.expression.Expressions.exists(db.selectFrom("note")))
            .compile().sql()).isEqualTo("select * from `user` where exists (select * from `note` where"
            + " `note`.`tenant_id` = ?)");
    }

    @Test
    void softDeleteRewritesDeletesAndFiltersReads() {
        var plugin = new SoftDeletePlugin("deleted_at", Set.of("note"));
        assertThat(POSTGRES.withPlugin(plugin).deleteFrom("note").where("id", "=", 1).returning("id").compile().sql())
            .isEqualTo("update \"note\" set \"deleted_at\" = now() where \"id\" = ? and \"note\".\"deleted_at\" is null"
                + " returning \"id\"");
        assertThat(SQLITE.withPlugin(plugin).deleteFrom("note").compile().sql())
            .isEqualTo("update \"note\" set \"deleted_at\" = current_timestamp where \"note\".\"deleted_at\" is null");
        assertThat(MYSQL.withPlugin(plugin).selectFrom("user as u").innerJoin("note as n", "n.user_id", "u.id")
            .compile().sql()).isEqualTo("select * from `user` as `u` inner join `note` as `n` on `n`.`user_id` ="
            + " `u`.`id` and `n`.`deleted_at` is null");
        assertThat(MYSQL.withPlugin(plugin).deleteFrom("other").compile().sql()).isEqualTo("delete from `other`");
    }
}
