package com.mentorplatform.api.database;

import com.mentorplatform.api.testing.RunningApi;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hand-written query ({@code @Query}) of the API, read from the compiled repositories: one that touches a tenant
 * table names {@code tenant_id} (the application's lock, beside row-level security), and a feature reads only the
 * tables it writes, except for the reads listed in {@code cross-feature-reads.txt} (docs/ARCHITECTURE.md, "How
 * features read each other's data"). That list may only shrink: a read no query makes any more must leave it.
 */
class QueryTablesTest {

    private static final Pattern TABLE = Pattern.compile(
            "\\b(from|join|into|update)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b(?!\\s*\\()", Pattern.CASE_INSENSITIVE);
    private static final Pattern CTE = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s+as\\s+(?:materialized\\s+)?\\(",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE = Pattern.compile("\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_TABLES = Set.of("lateral", "unnest", "jsonb_array_elements", "set",
            "generate_series", "values", "select");

    record NamedQuery(String feature, String method, String sql) {
    }

    static List<NamedQuery> queries;
    static Set<String> tenantTables;

    @BeforeAll
    static void readQueriesAndSchema() throws SQLException {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.mentorplatform.api");
        queries = new ArrayList<>();
        for (var type : classes) {
            for (JavaMethod method : type.getMethods()) {
                if (method.isAnnotatedWith(Query.class)) {
                    String sql = (String) method.getAnnotationOfType(Query.class.getName()).get("value").orElseThrow();
                    queries.add(new NamedQuery(feature(type.getPackageName()), type.getSimpleName() + "."
                            + method.getName(), sql));
                }
            }
        }
        tenantTables = new HashSet<>();
        try (Connection connection = RunningApi.get().ownerConnection();
             ResultSet tables = connection.createStatement().executeQuery("""
                     SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
                     WHERE c.relkind IN ('r', 'v') AND c.relnamespace = 'public'::regnamespace""")) {
            while (tables.next()) {
                tenantTables.add(tables.getString(1));
            }
        }
    }

    @Test
    void every_query_that_touches_a_tenant_table_names_tenant_id() {
        assertThat(queries).as("queries found in the compiled repositories").hasSizeGreaterThan(100);
        List<String> unbound = queries.stream()
                .filter(q -> tables(q.sql()).stream().anyMatch(tenantTables::contains))
                .filter(q -> !q.sql().toLowerCase(Locale.ROOT).contains("tenant_id"))
                .map(NamedQuery::method).toList();

        assertThat(unbound).as("queries on tenant tables that never name tenant_id").isEmpty();
    }

    @Test
    void a_feature_reads_only_the_tables_it_writes_or_a_listed_exception() throws IOException {
        Map<String, Set<String>> owners = new HashMap<>();
        for (NamedQuery q : queries) {
            Matcher write = WRITE.matcher(q.sql());
            while (write.find()) {
                owners.computeIfAbsent(write.group(1).toLowerCase(Locale.ROOT), t -> new TreeSet<>()).add(q.feature());
            }
        }
        Set<String> foreignReads = new TreeSet<>();
        for (NamedQuery q : queries) {
            for (String table : tables(q.sql())) {
                Set<String> writers = owners.get(table);
                if (tenantTables.contains(table) && writers != null && !writers.contains(q.feature())) {
                    foreignReads.add(q.feature() + " " + table);
                }
            }
        }
        Set<String> listed = listedExceptions();

        assertThat(foreignReads).as("reads of another feature's tables that are not in cross-feature-reads.txt "
                + "(read through the owner's published read type instead, or list the exception)")
                .isSubsetOf(listed);
        assertThat(listed).as("listed cross-feature reads that no query makes any more (remove them from the list)")
                .isSubsetOf(foreignReads);
    }

    private static Set<String> tables(String sql) {
        Set<String> ctes = new HashSet<>();
        Matcher cte = CTE.matcher(sql);
        while (cte.find()) {
            ctes.add(cte.group(1).toLowerCase(Locale.ROOT));
        }
        Set<String> tables = new TreeSet<>();
        Matcher table = TABLE.matcher(sql);
        while (table.find()) {
            String name = table.group(2).toLowerCase(Locale.ROOT);
            if (!ctes.contains(name) && !NOT_TABLES.contains(name)) {
                tables.add(name);
            }
        }
        return tables;
    }

    /** The feature of a class: the package right below {@code com.mentorplatform.api}. */
    private static String feature(String packageName) {
        String rest = packageName.substring("com.mentorplatform.api".length());
        return rest.isEmpty() ? "(root)" : rest.substring(1).split("\\.")[0];
    }

    private static Set<String> listedExceptions() throws IOException {
        try (InputStream in = QueryTablesTest.class.getResourceAsStream("/architecture/cross-feature-reads.txt")) {
            Set<String> listed = new TreeSet<>();
            if (in == null) {
                return listed;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    listed.add(entry);
                }
            }
            return listed;
        }
    }
}
