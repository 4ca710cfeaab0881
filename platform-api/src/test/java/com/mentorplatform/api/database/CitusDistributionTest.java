package com.mentorplatform.api.database;

import com.mentorplatform.api.testing.RunningApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema after every migration can be distributed with Citus by {@code tenant_id} unchanged: every
 * table with a {@code tenant_id} column becomes a distributed table, every other one (the tenants
 * themselves) a reference table, and {@code infra/citus/distribute.sql} says exactly that, in an order
 * Citus accepts (a table after those its foreign keys point to). Citus only enforces a primary key,
 * unique constraint or unique index of a distributed table that contains the distribution column, and
 * a foreign key between distributed tables only when both sides join on it: the test lists any that
 * do not.
 */
class CitusDistributionTest {

    static final Path SCRIPT = Path.of("..", "infra", "citus", "distribute.sql");
    static final String REGENERATE = "mvn -B -o -q -pl platform-api -am verify -Dtest=CitusDistributionTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dcitus.write=true";

    static Map<String, Boolean> tables;
    static Map<String, Set<String>> references;

    @BeforeAll
    static void readTheSchema() throws SQLException {
        tables = new TreeMap<>();
        references = new TreeMap<>();
        try (Connection owner = RunningApi.get().ownerConnection(); Statement sql = owner.createStatement()) {
            try (ResultSet rows = sql.executeQuery("""
                    SELECT c.relname,
                           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                                   AND NOT a.attisdropped) AS tenant_scoped
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                      AND c.relname <> 'flyway_schema_history'
                    """)) {
                while (rows.next()) {
                    tables.put(rows.getString(1), rows.getBoolean(2));
                    references.put(rows.getString(1), new TreeSet<>());
                }
            }
            try (ResultSet rows = sql.executeQuery("""
                    SELECT c.conrelid::regclass::text, c.confrelid::regclass::text
                    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                    WHERE c.contype = 'f' AND n.nspname = 'public'
                    """)) {
                while (rows.next()) {
                    if (references.containsKey(rows.getString(1)) && !rows.getString(1).equals(rows.getString(2))) {
                        references.get(rows.getString(1)).add(rows.getString(2));
                    }
                }
            }
        }
    }

    @Test
    void the_checked_in_distribution_script_matches_the_schema() throws Exception {
        String expected = script();
        if (Boolean.getBoolean("citus.write")) {
            Files.createDirectories(SCRIPT.getParent());
            Files.writeString(SCRIPT, expected);
        }

        assertThat(Files.exists(SCRIPT)).as("%s is missing; write it with:%n  %s", SCRIPT.normalize(), REGENERATE).isTrue();
        assertThat(Files.readString(SCRIPT))
                .as("%s is out of date with the migrations; regenerate it with:%n  %s", SCRIPT.normalize(), REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void every_key_and_unique_index_of_a_tenant_table_contains_tenant_id() throws SQLException {
        List<String> offenders = new ArrayList<>();
        try (Connection owner = RunningApi.get().ownerConnection(); Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT t.relname, i.relname, CASE WHEN x.indisprimary THEN 'primary key' ELSE 'unique index' END
                     FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
                          JOIN pg_namespace n ON n.oid = t.relnamespace
                     WHERE n.nspname = 'public' AND x.indisunique
                       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'tenant_id')
                       AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'tenant_id'
                                       AND a.attnum = ANY (x.indkey))
                     UNION ALL
                     SELECT t.relname, c.conname, 'foreign key to ' || r.relname
                     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
                          JOIN pg_namespace n ON n.oid = t.relnamespace
                     WHERE n.nspname = 'public' AND c.contype = 'f'
                       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = r.oid AND a.attname = 'tenant_id')
                       AND NOT EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_attribute ra ON ra.attrelid = r.oid
                                         AND ra.attname = 'tenant_id'
                                       WHERE a.attrelid = t.oid AND a.attname = 'tenant_id'
                                         AND array_position(c.conkey, a.attnum) IS NOT NULL
                                         AND array_position(c.conkey, a.attnum) = array_position(c.confkey, ra.attnum))
                     ORDER BY 1, 2
                     """)) {
            while (rows.next()) {
                offenders.add(rows.getString(1) + ": " + rows.getString(3) + " " + rows.getString(2));
            }
        }

        assertThat(offenders).as("keys of tenant tables without tenant_id (Citus cannot enforce them)").isEmpty();
    }

    /** Reference tables first, then distributed ones, each after the tables its foreign keys point to. */
    static String script() {
        StringBuilder out = new StringBuilder("""
                -- Distributes the platform's schema with Citus by tenant_id. Generated from the schema by
                -- CitusDistributionTest (platform-api); do not edit. Run once on the coordinator after the
                -- migrations, as the database owner. Tables without tenant_id are global: reference tables.
                """);
        for (String table : ordered(false)) {
            out.append("SELECT create_reference_table('").append(table).append("');\n");
        }
        for (String table : ordered(true)) {
            out.append("SELECT create_distributed_table('").append(table).append("', 'tenant_id');\n");
        }
        return out.toString();
    }

    private static List<String> ordered(boolean tenantScoped) {
        Set<String> done = new LinkedHashSet<>();
        tables.forEach((table, scoped) -> {
            if (!scoped) {
                done.add(table);
            }
        });
        if (!tenantScoped) {
            return List.copyOf(done);
        }
        Set<String> global = Set.copyOf(done);
        while (done.size() < tables.size()) {
            int before = done.size();
            tables.keySet().stream()
                    .filter(table -> !done.contains(table) && done.containsAll(references.get(table)))
                    .findFirst().ifPresent(done::add);
            assertThat(done.size()).as("foreign keys form a cycle among %s", tables.keySet()).isGreaterThan(before);
        }
        return done.stream().filter(table -> !global.contains(table)).toList();
    }
}
