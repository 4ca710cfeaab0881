package com.mentorplatform.api.background;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work a stopped API process left QUEUED or RUNNING is failed by the recovery pass once its lease is
 * stale; work whose lease is fresh (another replica is on it) is left alone; each tenant's pass
 * touches only that tenant's work.
 */
class InterruptedWorkTest {

    static TestTenant tenant;
    static TestTenant other;
    static InterruptedWork recovery;

    @BeforeAll
    static void createTenants() {
        tenant = TestTenant.create("Interrupted Co");
        other = TestTenant.create("Interrupted Neighbour");
        recovery = RunningApi.get().bean(InterruptedWork.class);
    }

    @Test
    void a_run_left_running_with_an_old_heartbeat_is_failed_by_the_recovery_pass() {
        UUID run = leftRunning(tenant, "5 minutes");

        recovery.recover(tenant.id());

        JsonNode read = Http.get("/api/matching-runs/" + run, tenant.admin().token()).json();
        assertThat(read.get("status").getStringValue()).isEqualTo("FAILED");
        assertThat(read.get("failure").getStringValue()).startsWith("Interrupted: the API stopped");
        assertThat(stored(tenant, "matching_runs", run)).isEqualTo("FAILED");
    }

    @Test
    void a_run_whose_heartbeat_is_fresh_is_left_to_the_replica_working_it() {
        UUID run = leftRunning(tenant, "1 second");

        recovery.recover(tenant.id());

        assertThat(stored(tenant, "matching_runs", run)).isEqualTo("RUNNING");
        assertThat(Http.get("/api/matching-runs/" + run, tenant.admin().token()).string("status")).isEqualTo("RUNNING");
    }

    @Test
    void an_interrupted_import_is_failed_and_says_nothing_was_changed() {
        UUID stale = importLeftRunning(tenant, "5 minutes");
        UUID fresh = importLeftRunning(tenant, "1 second");

        recovery.recover(tenant.id());

        Http.Response report = Http.get("/api/people/imports/" + stale, tenant.admin().token());
        assertThat(report.json().get("summary").get("status").getStringValue()).isEqualTo("FAILED");
        assertThat(report.json().get("problems").get(0).get("message").getStringValue())
                .contains("the API stopped", "nothing was changed");
        assertThat(stored(tenant, "people_imports", fresh)).isEqualTo("RUNNING");
    }

    @Test
    void one_tenants_recovery_pass_leaves_another_tenants_work_alone() {
        UUID mine = leftRunning(tenant, "5 minutes");
        UUID theirs = leftRunning(other, "5 minutes");

        recovery.recover(tenant.id());

        assertThat(stored(tenant, "matching_runs", mine)).isEqualTo("FAILED");
        assertThat(stored(other, "matching_runs", theirs)).isEqualTo("RUNNING");
        recovery.recover(other.id());
        assertThat(stored(other, "matching_runs", theirs)).isEqualTo("FAILED");
    }

    /** A finished run put back to RUNNING as a process that died mid-run leaves it, its last beat {@code ago}. */
    private static UUID leftRunning(TestTenant owner, String ago) {
        TestMatching.MatchingCohort cohort = TestMatching.cohort(owner, 1, 1, 1);
        UUID run = UUID.fromString(TestMatching.runToEnd(owner.admin().token(), cohort.cohortId(), null)
                .get("id").getStringValue());
        TestTenant.inTenant(owner.id(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE matching_runs SET status = 'RUNNING', finished_at = NULL,
                           heartbeat_at = now() - CAST(? AS interval)
                    WHERE tenant_id = ? AND id = ?""")) {
                update.setString(1, ago);
                update.setObject(2, owner.id());
                update.setObject(3, run);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        });
        return run;
    }

    private static UUID importLeftRunning(TestTenant owner, String ago) {
        UUID id = UUID.randomUUID();
        TestTenant.inTenant(owner.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO people_imports (tenant_id, id, as_of, dry_run, status, phase, total_rows, heartbeat_at)
                    VALUES (?, ?, current_date, false, 'RUNNING', 'LOADING', 10, now() - CAST(? AS interval))""")) {
                insert.setObject(1, owner.id());
                insert.setObject(2, id);
                insert.setString(3, ago);
                insert.executeUpdate();
            }
        });
        return id;
    }

    private static String stored(TestTenant owner, String table, UUID id) {
        String[] status = new String[1];
        TestTenant.inTenant(owner.id(), connection -> {
            // The table name is one of this class's constants, never input.
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT status FROM " + table + " WHERE tenant_id = ? AND id = ?")) {
                select.setObject(1, owner.id());
                select.setObject(2, id);
                try (ResultSet row = select.executeQuery()) {
                    status[0] = row.next() ? row.getString(1) : null;
                }
            }
        });
        return status[0];
    }
}
