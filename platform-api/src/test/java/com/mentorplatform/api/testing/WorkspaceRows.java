package com.mentorplatform.api.testing;

import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Pairs, check-ins, roadmaps and private content written straight into the database as the owner, dated
 * in the past as the API cannot: for tests of what time does to a pair (overdue check-ins, stalled plans)
 * and of what must never leak.
 */
public final class WorkspaceRows {

    private WorkspaceRows() {
    }

    /**
     * A MANUAL pair in {@code status} with its events: PROPOSED, then ACTIVE {@code activeDaysAgo} days ago
     * (none for a PROPOSED pair), then the final status an hour ago when that is not ACTIVE.
     */
    public static UUID pair(TestTenant tenant, UUID cohortId, UUID mentorId, UUID menteeId, String status,
                            int activeDaysAgo) {
        UUID pair = UUID.randomUUID();
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    WITH p AS (INSERT INTO pairs (tenant_id, id, cohort_id, mentor_id, mentee_id, source, status, end_reason)
                               VALUES (?, ?, ?, ?, ?, 'MANUAL', ?, CASE WHEN ? = 'ENDED_EARLY' THEN 'NO_TIME' END)
                               RETURNING tenant_id, id, status)
                    INSERT INTO pair_events (tenant_id, id, pair_id, occurred_at, from_status, to_status)
                    SELECT p.tenant_id, gen_random_uuid(), p.id, e.at, e.from_status, e.to_status
                    FROM p, (VALUES (now() - make_interval(days => ? + 1), NULL, 'PROPOSED'),
                                    (now() - make_interval(days => ?), 'PROPOSED', 'ACTIVE'),
                                    (now() - interval '1 hour', 'ACTIVE', ?)) AS e(at, from_status, to_status)
                    WHERE e.to_status = 'PROPOSED' OR (p.status <> 'PROPOSED' AND e.from_status = 'PROPOSED')
                       OR (p.status NOT IN ('PROPOSED', 'ACTIVE') AND e.from_status = 'ACTIVE')""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, pair);
                insert.setObject(3, cohortId);
                insert.setObject(4, mentorId);
                insert.setObject(5, menteeId);
                insert.setString(6, status);
                insert.setString(7, status);
                insert.setInt(8, activeDaysAgo);
                insert.setInt(9, activeDaysAgo);
                insert.setString(10, status);
                insert.executeUpdate();
            }
        });
        return pair;
    }

    /** A check-in of the pair in {@code status} (HELD, SCHEDULED, CANCELLED), {@code daysAgo} days ago (negative: ahead). */
    public static UUID checkIn(TestTenant tenant, UUID pairId, UUID createdBy, String status, int daysAgo) {
        UUID checkIn = UUID.randomUUID();
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO check_ins (tenant_id, id, pair_id, status, occurs_at, created_by)
                    VALUES (?, ?, ?, ?, now() - make_interval(days => ?), ?)""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, checkIn);
                insert.setObject(3, pairId);
                insert.setString(4, status);
                insert.setInt(5, daysAgo);
                insert.setObject(6, createdBy);
                insert.executeUpdate();
            }
        });
        return checkIn;
    }

    /**
     * An active roadmap of the mentee with {@code reached} reached milestones, {@code stalled} milestones
     * past their due date, {@code onTrack} milestones due in two months, and {@code running} active experiments.
     */
    public static UUID roadmap(TestTenant tenant, UUID cohortId, UUID menteeId, int reached, int stalled, int onTrack,
                               int running) {
        UUID roadmap = UUID.randomUUID();
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    WITH r AS (INSERT INTO roadmaps (tenant_id, id, mentee_id, cohort_id, aspiration, horizon_months)
                               VALUES (?, ?, ?, ?, 'Lead a team', 12) RETURNING tenant_id, id),
                    m AS (INSERT INTO milestones (tenant_id, id, roadmap_id, position, title, criteria, due_on, status,
                                                  reached_at)
                          SELECT r.tenant_id, gen_random_uuid(), r.id, n, 'Milestone ' || n, 'Criteria',
                                 current_date + CASE WHEN n <= ? + ? THEN -5 ELSE 60 END,
                                 CASE WHEN n <= ? THEN 'REACHED' ELSE 'IN_PROGRESS' END,
                                 CASE WHEN n <= ? THEN now() END
                          FROM r, generate_series(1, ? + ? + ?) AS n)
                    INSERT INTO experiments (tenant_id, id, roadmap_id, objective, kind, success_metric, starts_on,
                                             ends_on, status)
                    SELECT r.tenant_id, gen_random_uuid(), r.id, 'Experiment ' || n, 'PROJECT', 'Metric',
                           current_date - 10, current_date + 20, 'ACTIVE'
                    FROM r, generate_series(1, ?) AS n""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, roadmap);
                insert.setObject(3, menteeId);
                insert.setObject(4, cohortId);
                insert.setInt(5, reached);
                insert.setInt(6, stalled);
                insert.setInt(7, reached);
                insert.setInt(8, reached);
                insert.setInt(9, reached);
                insert.setInt(10, stalled);
                insert.setInt(11, onTrack);
                insert.setInt(12, running);
                insert.executeUpdate();
            }
        });
        return roadmap;
    }

    /**
     * The author's private note on the check-in, which also gets an agenda, shared notes and feedback
     * made of the same text ("Agenda: ...", "Shared: ...", "Observed: ...").
     */
    public static void privateNote(TestTenant tenant, UUID checkInId, UUID authorId, String text) {
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE check_ins SET agenda = ?, shared_notes = ?, feedback_observation = ?
                    WHERE tenant_id = ? AND id = ?""");
                 PreparedStatement insert = connection.prepareStatement("""
                         INSERT INTO check_in_private_notes (tenant_id, check_in_id, author_id, note)
                         VALUES (?, ?, ?, ?)""")) {
                update.setString(1, "Agenda: " + text);
                update.setString(2, "Shared: " + text);
                update.setString(3, "Observed: " + text);
                update.setObject(4, tenant.id());
                update.setObject(5, checkInId);
                update.executeUpdate();
                insert.setObject(1, tenant.id());
                insert.setObject(2, checkInId);
                insert.setObject(3, authorId);
                insert.setString(4, text);
                insert.executeUpdate();
            }
        });
    }

    /** A journal entry of the mentee, private unless {@code shared}. */
    public static void journalEntry(TestTenant tenant, UUID menteeId, String text, boolean shared) {
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO journal_entries (tenant_id, id, mentee_id, entry_on, title, body, shared)
                    VALUES (?, gen_random_uuid(), ?, current_date, ?, ?, ?)""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, menteeId);
                insert.setString(3, "Title " + text);
                insert.setString(4, text);
                insert.setBoolean(5, shared);
                insert.executeUpdate();
            }
        });
    }
}
