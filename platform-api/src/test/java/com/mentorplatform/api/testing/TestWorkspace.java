package com.mentorplatform.api.testing;

import com.mentorplatform.api.security.Role;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mentors and mentees in pairs, and roadmap milestones, for tests of a mentee's workspace. */
public final class TestWorkspace {

    private TestWorkspace() {
    }

    /** A mentor and a mentee, both with logins, in one pair of a fresh cohort. */
    public record Pairing(UUID pairId, UUID cohortId, TestUser mentor, TestUser mentee) {
    }

    /** A new mentor and mentee in an ACTIVE pair. */
    public static Pairing activePair(TestTenant tenant) {
        TestUser mentor = tenant.user(Role.MENTOR);
        TestUser mentee = tenant.user(Role.MENTEE);
        String admin = tenant.admin().token();
        UUID cohort = TestMatching.cohortOf(tenant, List.of(mentor.personId()), List.of(mentee.personId()), 1).cohortId();
        UUID pair = TestMatching.acceptedPairs(admin, cohort).get(0);
        move(tenant, pair, "ACTIVE");
        return new Pairing(pair, cohort, mentor, mentee);
    }

    /** Makes the pair look active since {@code daysAgo} days: its move to ACTIVE is dated back, as time would have. */
    public static void activeSince(TestTenant tenant, UUID pairId, int daysAgo) {
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement backdate = connection.prepareStatement("UPDATE pair_events SET occurred_at = "
                    + "now() - make_interval(days => ?) WHERE tenant_id = ? AND pair_id = ? AND to_status = 'ACTIVE'")) {
                backdate.setInt(1, daysAgo);
                backdate.setObject(2, tenant.id());
                backdate.setObject(3, pairId);
                backdate.executeUpdate();
            }
        });
    }

    /** Moves the pair to {@code status} as the tenant's admin (COMPLETED to end it). */
    public static void move(TestTenant tenant, UUID pairId, String status) {
        Http.Response moved = Http.post("/api/pairs/" + pairId + "/transitions", tenant.admin().token(),
                Map.of("status", status));
        if (moved.status() != 200) {
            throw new IllegalStateException("Could not move the pair to " + status + ": " + moved.text());
        }
    }

    /**
     * An active roadmap of the mentee in the cohort with {@code count} milestones, written straight into
     * the database; returns the milestones' ids.
     */
    public static List<UUID> milestones(TestTenant tenant, UUID menteeId, UUID cohortId, int count) {
        UUID roadmap = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO roadmaps (tenant_id, id, mentee_id, cohort_id, aspiration, horizon_months)
                    VALUES (?, ?, ?, ?, 'Lead a team', 12)""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, roadmap);
                insert.setObject(3, menteeId);
                insert.setObject(4, cohortId);
                insert.executeUpdate();
            }
            for (int i = 1; i <= count; i++) {
                UUID id = UUID.randomUUID();
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO milestones (tenant_id, id, roadmap_id, position, title, criteria, due_on)
                        VALUES (?, ?, ?, ?, ?, 'Criteria', current_date + 90)""")) {
                    insert.setObject(1, tenant.id());
                    insert.setObject(2, id);
                    insert.setObject(3, roadmap);
                    insert.setInt(4, i);
                    insert.setString(5, "Milestone " + i);
                    insert.executeUpdate();
                }
                ids.add(id);
            }
        });
        return ids;
    }
}
