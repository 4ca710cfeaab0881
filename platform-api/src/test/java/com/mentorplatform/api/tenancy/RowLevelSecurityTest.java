package com.mentorplatform.api.tenancy;

import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestExports;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestPopulation;
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
        // Activating the pair wrote its mails to the outbox; switching a kind off writes a mail preference.
        Http.put("/api/me/mail-preferences", admin, Map.of("kinds", Map.of("PAIR_ENDED", false)));
        Http.post("/api/me/calendar-feed", admin, Map.of());
        TestTenant.inTenant(tenant.id(), connection -> insertWorkspaceRows(connection, pair));
        TestTenant.inTenant(tenant.id(), connection -> insertCompanySignInRows(connection, person));
        Http.send("POST", "/api/people/imports?dryRun=true", admin, "email,display_name\n", "text/csv");
        TestExports.own(admin);
        TestExports.ofTenant(tenant.id());
        // An identity provider's token, and a user it provisioned with the attributes only SCIM keeps.
        String scimToken = Http.post("/api/scim-tokens", admin, Map.of("name", "RLS IdP")).string("token");
        Http.send("POST", "/scim/v2/Users", scimToken, Http.toJson(Map.of(
                "schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:User"), "userName", "scim.row@rls.test",
                "displayName", "Scim Row", "externalId", "rls-1", "active", true)), "application/scim+json");
        TestPopulation.refresh(tenant);
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
                    "notifications", "roadmaps", "roadmap_competency_levels", "milestones", "milestone_competencies",
                    "experiments", "roadmap_reviews", "roadmap_changes", "check_ins", "check_in_private_notes",
                    "check_in_actions", "sponsorship_flags", "journal_entries", "journal_entry_competencies",
                    "journal_entry_milestones", "evidence", "evidence_files", "evidence_competencies",
                    "evidence_milestones", "analytics_snapshots", "analytics_participations", "survey_invitations",
                    "survey_answers");
        }
    }

    @Test
    void every_tenant_table_has_a_policy_that_compares_tenant_id_both_for_reading_and_for_writing() throws SQLException {
        try (Connection connection = RunningApi.get().ownerConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT p.polcmd, pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
                     FROM pg_policy p WHERE p.polrelid = ?::regclass AND p.polpermissive""")) {
            for (String table : tenantTables()) {
                select.setString(1, table);
                List<String> policies = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        // '*' is a policy for every command; its USING also checks writes when WITH CHECK is absent
                        String check = rows.getString(3) == null ? rows.getString(2) : rows.getString(3);
                        policies.add(rows.getString(1) + " using " + rows.getString(2) + " check " + check);
                    }
                }
                assertThat(policies).as(table + "'s policies").isNotEmpty()
                        .allSatisfy(policy -> assertThat(policy).matches(
                                "\\* using \\(tenant_id = app_current_tenant\\(\\)\\) check \\(tenant_id = app_current_tenant\\(\\)\\)"));
            }
        }
    }

    @Test
    void every_table_but_the_tenants_themselves_and_the_migration_history_belongs_to_a_tenant() throws SQLException {
        List<String> global = new ArrayList<>();
        try (Connection connection = RunningApi.get().ownerConnection();
             ResultSet tables = connection.createStatement().executeQuery("""
                     SELECT c.relname FROM pg_class c WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
                     AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
                     ORDER BY 1""")) {
            while (tables.next()) {
                global.add(tables.getString(1));
            }
        }

        assertThat(global).containsExactlyInAnyOrder("tenants", "flyway_schema_history");
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

    /**
     * One row in each workspace table (roadmaps, check-ins, journal, evidence) for the pair's mentee,
     * written directly so that this test does not depend on those features' APIs.
     */
    /** A company sign-in's provider, a spent state and a hand-off code (the flow itself: CompanySignInTest). */
    private static void insertCompanySignInRows(Connection connection, UUID person) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                WITH s AS (INSERT INTO company_sign_in (tenant_id, issuer, client_id, client_secret_sealed, updated_by)
                           VALUES (?, 'https://login.rls.test', 'rls', '\\x00', ?)),
                st AS (INSERT INTO company_sign_in_states (tenant_id, state_id) VALUES (?, 'rls-state'))
                INSERT INTO company_sign_in_handoffs (tenant_id, code_hash, person_id, expires_at)
                VALUES (?, '\\x01', ?, now())""")) {
            insert.setObject(1, tenant.id());
            insert.setObject(2, person);
            insert.setObject(3, tenant.id());
            insert.setObject(4, tenant.id());
            insert.setObject(5, person);
            insert.executeUpdate();
        }
    }

    private static void insertWorkspaceRows(Connection connection, UUID pair) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                WITH p AS (SELECT tenant_id, id, cohort_id, mentor_id, mentee_id FROM pairs WHERE id = ?),
                c AS (SELECT id FROM competencies WHERE tenant_id = (SELECT tenant_id FROM p) LIMIT 1),
                r AS (INSERT INTO roadmaps (tenant_id, id, mentee_id, cohort_id, aspiration, horizon_months)
                      SELECT tenant_id, gen_random_uuid(), mentee_id, cohort_id, 'Lead a team', 18 FROM p
                      RETURNING tenant_id, id),
                rl AS (INSERT INTO roadmap_competency_levels (tenant_id, roadmap_id, competency_id, baseline_level)
                       SELECT r.tenant_id, r.id, c.id, 2 FROM r, c),
                m AS (INSERT INTO milestones (tenant_id, id, roadmap_id, position, title, criteria, due_on)
                      SELECT tenant_id, gen_random_uuid(), id, 1, 'Run a project', 'Shipped', current_date + 90 FROM r
                      RETURNING tenant_id, id, roadmap_id),
                mc AS (INSERT INTO milestone_competencies SELECT m.tenant_id, m.id, c.id FROM m, c),
                x AS (INSERT INTO experiments (tenant_id, id, roadmap_id, milestone_id, objective, kind, success_metric,
                                               starts_on, ends_on)
                      SELECT tenant_id, gen_random_uuid(), roadmap_id, id, 'Try', 'PROJECT', 'Done', current_date,
                             current_date + 30 FROM m),
                rv AS (INSERT INTO roadmap_reviews (tenant_id, id, roadmap_id, reviewed_on, summary, why, author_id)
                       SELECT r.tenant_id, gen_random_uuid(), r.id, current_date, 'Moved a date', 'Reorg', p.mentee_id
                       FROM r, p RETURNING tenant_id, id, roadmap_id),
                rc AS (INSERT INTO roadmap_changes (tenant_id, id, roadmap_id, review_id, subject, action)
                       SELECT tenant_id, gen_random_uuid(), roadmap_id, id, 'REVIEW', 'CREATED' FROM rv),
                ci AS (INSERT INTO check_ins (tenant_id, id, pair_id, status, occurs_at, created_by)
                       SELECT tenant_id, gen_random_uuid(), id, 'HELD', now(), mentor_id FROM p
                       RETURNING tenant_id, id, created_by),
                pn AS (INSERT INTO check_in_private_notes (tenant_id, check_in_id, author_id, note)
                       SELECT tenant_id, id, created_by, 'Mine' FROM ci),
                ca AS (INSERT INTO check_in_actions (tenant_id, id, check_in_id, description, owner_id)
                       SELECT tenant_id, gen_random_uuid(), id, 'Draft the plan', created_by FROM ci),
                iv AS (INSERT INTO check_in_invitations (tenant_id, check_in_id) SELECT tenant_id, id FROM ci),
                od AS (INSERT INTO pair_overdue_reminders (tenant_id, pair_id, overdue_since)
                       SELECT tenant_id, id, '-infinity' FROM p),
                wd AS (INSERT INTO weekly_digests (tenant_id, person_id, week_of)
                       SELECT tenant_id, mentor_id, date_trunc('week', now())::date FROM p),
                sf AS (INSERT INTO sponsorship_flags (tenant_id, id, pair_id, mentee_id, flagged_by, kind, note)
                       SELECT tenant_id, gen_random_uuid(), id, mentee_id, mentor_id, 'SPONSORSHIP', 'Ready' FROM p),
                j AS (INSERT INTO journal_entries (tenant_id, id, mentee_id, entry_on, title, body)
                      SELECT tenant_id, gen_random_uuid(), mentee_id, current_date, 'Learned', 'Something' FROM p
                      RETURNING tenant_id, id),
                jc AS (INSERT INTO journal_entry_competencies SELECT j.tenant_id, j.id, c.id FROM j, c),
                jm AS (INSERT INTO journal_entry_milestones SELECT j.tenant_id, j.id, m.id FROM j, m),
                e AS (INSERT INTO evidence (tenant_id, id, mentee_id, kind, title, impact, file_name, content_type,
                                            size_bytes)
                      SELECT tenant_id, gen_random_uuid(), mentee_id, 'FILE', 'Deck', 'Convinced', 'd.pdf',
                             'application/pdf', 4 FROM p RETURNING tenant_id, id),
                ef AS (INSERT INTO evidence_files SELECT tenant_id, id, '\\x25504446'::bytea FROM e),
                ec AS (INSERT INTO evidence_competencies SELECT e.tenant_id, e.id, c.id FROM e, c),
                si AS (INSERT INTO survey_invitations (tenant_id, id, pair_id, person_id, kind, answered_at)
                       SELECT tenant_id, gen_random_uuid(), id, mentee_id, 'FIT', now() FROM p
                       RETURNING tenant_id, id, pair_id),
                sa AS (INSERT INTO survey_answers (tenant_id, invitation_id, pair_id, cohort_id, kind, respondent_role,
                                                   good_fit)
                       SELECT si.tenant_id, si.id, si.pair_id, p.cohort_id, 'FIT', 'MENTEE', true FROM si, p)
                INSERT INTO evidence_milestones SELECT e.tenant_id, e.id, m.id FROM e, m""")) {
            insert.setObject(1, pair);
            insert.executeUpdate();
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
