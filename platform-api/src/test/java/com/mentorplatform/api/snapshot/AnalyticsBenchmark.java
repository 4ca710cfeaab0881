package com.mentorplatform.api.snapshot;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.synthetic.HistoryGenerator;
import com.mentorplatform.api.synthetic.HistoryReport;
import com.mentorplatform.api.synthetic.HistoryShape;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.data.annotation.Query;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics at scale, over real HTTP: a tenant of 100,000 people with five years of history (the scale
 * generator), its snapshot refreshed, then every admin dashboard endpoint and the leader reports timed warm,
 * one request after another (p50, p95, max), first with row-level security as always, then with it disabled on
 * every table (the queries still name the tenant), side by side; finally EXPLAIN (ANALYZE, BUFFERS) of the two
 * heaviest queries. Not part of the normal run:
 * {@code mvn verify -pl platform-api -am -Dtest=AnalyticsBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * The report is printed and written to {@code platform-api/target/analytics-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AnalyticsBenchmark {

    static final int PEOPLE = 100_000;
    static final int WARM_UP = 5;
    static final int SAMPLES = 30;

    private final StringBuilder report = new StringBuilder();

    @Test
    void dashboards_and_leader_reports_on_one_hundred_thousand_people() throws Exception {
        TestTenant tenant = TestTenant.create("Scale Benchmark Co");
        String admin = tenant.admin().token();
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        HistoryReport history = RunningApi.get().bean(HistoryGenerator.class).generate(tenant.id(), new HistoryShape(1,
                PEOPLE, 10, 20, 4, 545, 30, 7, today, today.minusDays(30), tenant.slug() + ".example",
                "Career Mentoring", tenant.admin().personId()));
        line("generated %,d people in %,d ms: %s", PEOPLE, millisSince(started), history.phases().stream()
                .map(p -> p.name() + " " + p.millis() + " ms").toList());
        line("rows: pairs %,d, milestones %,d, check-ins %,d", history.rows("pairs"), history.rows("milestones"),
                history.rows("check_ins"));
        analyse();
        for (int i = 0; i < 3; i++) {
            SnapshotInfo refreshed = RunningApi.get().bean(AnalyticsSnapshots.class).refresh(tenant.id());
            line("snapshot refresh: %,d ms (%,d participations, %,d comparison people)", refreshed.tookMs(),
                    refreshed.participations(), refreshed.comparisonPeople());
        }
        String leader = tenant.user(Role.LEADER).token();
        Map<String, String[]> endpoints = endpoints(admin, leader);

        // Each endpoint is timed with and then without row-level security, back to back after its own warm-up,
        // so neither side profits from running later in a warmer JVM.
        Map<String, long[]> withRls = new LinkedHashMap<>();
        Map<String, long[]> withoutRls = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String[]> endpoint : endpoints.entrySet()) {
                rowLevelSecurity(true);
                withRls.put(endpoint.getKey(), time(endpoint.getKey(), endpoint.getValue()));
                rowLevelSecurity(false);
                withoutRls.put(endpoint.getKey(), time(endpoint.getKey(), endpoint.getValue()));
            }
        } finally {
            rowLevelSecurity(true);
        }
        line("");
        line("%-62s %8s %8s %8s | %8s %8s | %6s %6s", "endpoint (sequential, warm)", "p50 ms", "p95 ms", "max ms",
                "p50 off", "p95 off", "RLS +%", "+ms");
        for (String name : endpoints.keySet()) {
            long[] on = withRls.get(name);
            long[] off = withoutRls.get(name);
            line("%-62s %8.1f %8.1f %8.1f | %8.1f %8.1f | %6.1f %6.1f", name, ms(on, 50), ms(on, 95), ms(on, 100),
                    ms(off, 50), ms(off, 95), 100.0 * (ms(on, 50) - ms(off, 50)) / ms(off, 50), ms(on, 50) - ms(off, 50));
        }
        explainHeaviestQueries(tenant.id());
        Files.writeString(Path.of("target", "analytics-benchmark.txt"), report);
        assertThat(withRls).hasSize(endpoints.size());
    }

    private static Map<String, String[]> endpoints(String admin, String leader) {
        JsonNode options = Http.get("/api/leader/options", leader).json();
        String cohort = options.get("cohorts").get(options.get("cohorts").size() - 1).get("id").getStringValue();
        Map<String, String[]> endpoints = new LinkedHashMap<>();
        for (String report : List.of("completion", "engagement", "participation", "retention")) {
            endpoints.put("HR /api/analytics/" + report, new String[] {"/api/analytics/" + report, admin});
            endpoints.put("HR /api/analytics/" + report + "?cohortId=",
                    new String[] {"/api/analytics/" + report + "?cohortId=" + cohort, admin});
        }
        endpoints.put("HR /api/analytics/pairs?limit=50", new String[] {"/api/analytics/pairs?limit=50", admin});
        endpoints.put("leader /api/leader/options", new String[] {"/api/leader/options", leader});
        for (String family : List.of("participation", "completion", "engagement", "retention")) {
            endpoints.put("leader /api/leader/" + family + "?by=department",
                    new String[] {"/api/leader/" + family + "?by=department", leader});
        }
        endpoints.put("leader /api/leader/retention?by=cohort", new String[] {"/api/leader/retention?by=cohort", leader});
        endpoints.put("leader /api/leader/board-report (the full report, PDF)",
                new String[] {"/api/leader/board-report", leader});
        return endpoints;
    }

    private static long[] time(String name, String[] call) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(Http.get(call[0], call[1]).status()).as(name).isEqualTo(200);
        }
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            Http.Response response = Http.get(call[0], call[1]);
            nanos[i] = System.nanoTime() - start;
            assertThat(response.status()).as(name).isEqualTo(200);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** The percentile of sorted nanosecond timings, in milliseconds (nearest rank). */
    private static double ms(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Switches row-level security off (and back on) on every table that has it, for the side-by-side run. */
    private static void rowLevelSecurity(boolean on) throws SQLException {
        try (Connection connection = RunningApi.get().ownerConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT c.relname FROM pg_class c JOIN pg_policy p ON p.polrelid = c.oid
                    WHERE p.polname = 'tenant_isolation'""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                // Table names come from the catalogue, not from input; DDL cannot take them as parameters.
                statement.execute("ALTER TABLE " + table + (on ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
                statement.execute("ALTER TABLE " + table + (on ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
            }
        }
    }

    /** Fresh statistics after the bulk load, as autovacuum would gather them soon after. */
    private static void analyse() throws SQLException {
        try (Connection connection = RunningApi.get().ownerConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the completion funnel and the leader breakdowns, as the API's role runs them. */
    private void explainHeaviestQueries(UUID tenantId) throws Exception {
        explain(tenantId, "com.mentorplatform.api.analytics.CompletionRepository", "funnel",
                Map.of("tenantId", tenantId));
        explain(tenantId, "com.mentorplatform.api.snapshot.SnapshotReadRepository", "groups",
                Map.of("tenantId", tenantId, "levelBounds", "{3,5,7}"));
    }

    private void explain(UUID tenantId, String repository, String methodName, Map<String, Object> values)
            throws Exception {
        Method method = Arrays.stream(Class.forName(repository).getDeclaredMethods())
                .filter(m -> m.getName().equals(methodName)).findFirst().orElseThrow();
        String sql = method.getAnnotation(Query.class).value();
        List<String> names = new ArrayList<>();
        Matcher parameter = Pattern.compile("(?<!:):([a-zA-Z]\\w*)").matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (parameter.find()) {
            names.add(parameter.group(1));
            parameter.appendReplacement(positional, "?");
        }
        parameter.appendTail(positional);
        try (Connection connection = RunningApi.get().ownerConnection()) {
            connection.setAutoCommit(false);
            try (Statement role = connection.createStatement();
                 PreparedStatement bind = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                role.execute("SET LOCAL ROLE platform_app");
                bind.setString(1, tenantId.toString());
                bind.execute();
            }
            try (PreparedStatement explain = connection.prepareStatement(
                    "EXPLAIN (ANALYZE, BUFFERS) " + positional)) {
                for (int i = 0; i < names.size(); i++) {
                    explain.setObject(i + 1, values.get(names.get(i)));
                }
                line("");
                line("EXPLAIN (ANALYZE, BUFFERS) %s.%s:", repository.substring(repository.lastIndexOf('.') + 1),
                        methodName);
                try (ResultSet plan = explain.executeQuery()) {
                    while (plan.next()) {
                        line("  %s", plan.getString(1));
                    }
                }
            }
            connection.rollback();
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.append(text).append('\n');
        System.out.println("ANALYTICS BENCHMARK " + text);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    static {
        // Keeps the write at the end working when the test runs from the module directory.
        try {
            Files.createDirectories(Path.of("target"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
