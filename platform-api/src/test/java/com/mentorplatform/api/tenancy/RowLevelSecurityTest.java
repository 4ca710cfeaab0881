package com.mentorplatform.api.tenancy;

import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database's own lock, checked with plain SQL as the role the API's pool runs as. */
class RowLevelSecurityTest {

    static TestTenant tenant;

    @BeforeAll
    static void createTenantWithRows() {
        tenant = TestTenant.create("RLS Co");
        UUID person = tenant.person("Row Person", "Sales");
        FrameworkFixtures.fillEveryTable(tenant);
        String admin = tenant.admin().token();
        UUID cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "RLS programme"), 5);
        TestProgrammes.enrol(admin, cohort, person, "MENTEE");
        TestMatching.runToEnd(admin, cohort, null);
        UUID pair = TestMatching.acceptedPairs(admin, TestMatching.cohort(tenant, 1, 1, 1).cohortId()).get(0);
        Http.post("/api/pairs/" + pair + "/transitions", admin, Map.of("status", "ACTIVE"));
        Http.send("POST", "/api/people/imports?dryRun=true", admin, "email,display_name\n", "text/csv");
        new TestUser(tenant.slug(), tenant.admin().email(), "wrong-password", null).login();
    }

    @Test
    void the_app_role_is_neither_superuser_nor_bypassrls() throws SQLException {
        try (Connection connection = appConnection();
             ResultSet role = connection.createStatement().executeQuery(
                     "SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
            role.next();
            assertThat(role.getString(1)).isEqualTo("platform_app");
            assertThat(role.getBoolean(2)).isFalse();
            assertThat(role.getBoolean(3)).isFalse();
        }
    }

    @Test
    void every_tenant_table_forces_row_level_security() throws SQLException {
        try (Connection connection = RunningApi.get().ownerConnection();
             ResultSet tables = connection.createStatement().executeQuery("""
                     SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
                     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
                     WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace""")) {
            List<String> tenantTables = new ArrayList<>();
            while (tables.next()) {
                tenantTables.add(tables.getString(1));
                assertThat(tables.getBoolean(2)).as(tables.getString(1) + " has RLS enabled").isTrue();
                assertThat(tables.getBoolean(3)).as(tables.getString(1) + " forces RLS").isTrue();
            }
            assertThat(tenantTables).contains("people", "accounts", "refresh_tokens", "login_failures", "audit_log",
                    "programmes", "cohorts", "cohort_participants", "cohort_participant_events", "people_history",
                    "people_imports", "matching_runs", "matching_proposals", "matching_unmatched", "pairs", "pair_events",
                    "notifications");
        }
    }

    @Test
    void a_transaction_without_a_tenant_sees_no_rows_in_any_tenant_table() throws SQLException {
        for (String table : tenantTables()) {
            try (Connection connection = appConnection()) {
                connection.setAutoCommit(false);
                assertThat(count(connection, table)).as(table + " without a tenant").isZero();
                bind(connection, tenant.id());
                assertThat(count(connection, table)).as(table + " with the tenant bound").isPositive();
                connection.rollback();
            }
        }
    }

    @Test
    void a_transaction_bound_to_a_tenant_sees_only_that_tenants_rows() throws SQLException {
        TestTenant other = TestTenant.create("RLS Other");
        other.person("Other Person", "Sales");
        try (Connection connection = appConnection()) {
            connection.setAutoCommit(false);
            bind(connection, tenant.id());
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT DISTINCT tenant_id FROM people")) {
                rows.next();
                assertThat(rows.getObject(1, UUID.class)).isEqualTo(tenant.id());
                assertThat(rows.next()).isFalse();
            }
            connection.rollback();
        }
    }

    @Test
    void a_transaction_cannot_write_rows_of_another_tenant() throws SQLException {
        TestTenant other = TestTenant.create("RLS Victim");
        try (Connection connection = appConnection()) {
            connection.setAutoCommit(false);
            bind(connection, tenant.id());
            PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO people (tenant_id, id, email, display_name) VALUES (?, ?, 'x@y.test', 'Intruder')");
            insert.setObject(1, other.id());
            insert.setObject(2, UUID.randomUUID());

            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("row-level security");
            connection.rollback();
        }
    }

    @Test
    void the_app_role_cannot_turn_row_level_security_off_or_rewrite_the_audit_log() throws SQLException {
        try (Connection connection = appConnection()) {
            assertThatThrownBy(() -> connection.createStatement().execute("ALTER TABLE people DISABLE ROW LEVEL SECURITY"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> connection.createStatement().execute("DELETE FROM audit_log"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> connection.createStatement().execute("DELETE FROM cohort_participant_events"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> connection.createStatement().execute("DELETE FROM pair_events"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> connection.createStatement().execute("SET row_security = off; SELECT * FROM people"))
                    .hasMessageContaining("row-level security");
        }
    }

    private static List<String> tenantTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = RunningApi.get().ownerConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
                     WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace ORDER BY 1""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** A connection exactly like the pool's: logged in as the owner, then SET ROLE to the app role. */
    private static Connection appConnection() throws SQLException {
        Connection connection = RunningApi.get().ownerConnection();
        connection.createStatement().execute("SET ROLE platform_app");
        return connection;
    }

    private static void bind(Connection connection, UUID tenantId) throws SQLException {
        PreparedStatement bind = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
        bind.setString(1, tenantId.toString());
        bind.execute();
    }

    private static long count(Connection connection, String table) throws SQLException {
        // table names come from pg_class above, never from input
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
