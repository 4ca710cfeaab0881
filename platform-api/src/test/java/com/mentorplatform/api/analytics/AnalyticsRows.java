package com.mentorplatform.api.analytics;

import com.mentorplatform.api.testing.TestTenant;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * History written straight into the database as the owner, at midnights (UTC) a given number of days ago,
 * so that a test can work out by hand what each figure must be: pairs with their events, check-ins with
 * ratings, roadmaps and milestones, experiments, journal entries, evidence, flags and matching runs.
 */
final class AnalyticsRows {

    private AnalyticsRows() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Midnight (UTC) starting the day {@code daysAgo} days before today; negative for days ahead. */
    static Instant day(int daysAgo) {
        return today().minusDays(daysAgo).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * A pair PROPOSED the day before it became ACTIVE {@code activeDaysAgo} days ago, then moved to
     * {@code status} {@code endedDaysAgo} days ago when that is not ACTIVE; a PROPOSED pair has only its first event.
     */
    static UUID pair(TestTenant tenant, UUID cohort, UUID mentor, UUID mentee, Double score, String status,
                     int activeDaysAgo, int endedDaysAgo) {
        UUID pair = UUID.randomUUID();
        exec(tenant, """
                INSERT INTO pairs (tenant_id, id, cohort_id, mentor_id, mentee_id, source, status, score, end_reason)
                VALUES (?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?)""", tenant.id(), pair, cohort, mentor, mentee, status, score,
                "ENDED_EARLY".equals(status) ? "NO_TIME" : null);
        event(tenant, pair, null, "PROPOSED", activeDaysAgo + 1);
        if (!"PROPOSED".equals(status)) {
            event(tenant, pair, "PROPOSED", "ACTIVE", activeDaysAgo);
            if (!"ACTIVE".equals(status)) {
                event(tenant, pair, "ACTIVE", status, endedDaysAgo);
            }
        }
        return pair;
    }

    static void event(TestTenant tenant, UUID pair, String from, String to, int daysAgo) {
        exec(tenant, """
                INSERT INTO pair_events (tenant_id, id, pair_id, occurred_at, from_status, to_status)
                VALUES (?, gen_random_uuid(), ?, ?, ?, ?)""", tenant.id(), pair, ts(daysAgo), from, to);
    }

    static void checkIn(TestTenant tenant, UUID pair, UUID author, String status, int daysAgo, Integer rating) {
        exec(tenant, """
                INSERT INTO check_ins (tenant_id, id, pair_id, status, occurs_at, progress_rating, created_by)
                VALUES (?, gen_random_uuid(), ?, ?, ?, ?, ?)""", tenant.id(), pair, status, ts(daysAgo), rating, author);
    }

    static UUID roadmap(TestTenant tenant, UUID cohort, UUID mentee, String status) {
        UUID roadmap = UUID.randomUUID();
        exec(tenant, """
                INSERT INTO roadmaps (tenant_id, id, mentee_id, cohort_id, status, aspiration, horizon_months, archived_at)
                VALUES (?, ?, ?, ?, ?, 'Lead a team', 12, CASE WHEN ? = 'ARCHIVED' THEN now() END)""",
                tenant.id(), roadmap, mentee, cohort, status, status);
        return roadmap;
    }

    /** A milestone due {@code dueDaysAgo} days ago (negative: ahead), reached {@code reachedDaysAgo} days ago if given. */
    static void milestone(TestTenant tenant, UUID roadmap, int position, String status, int dueDaysAgo,
                          Integer reachedDaysAgo, String endorsement) {
        exec(tenant, """
                INSERT INTO milestones (tenant_id, id, roadmap_id, position, title, criteria, due_on, status, reached_at,
                                        endorsement)
                VALUES (?, gen_random_uuid(), ?, ?, ?, 'Criteria', ?, ?, ?, ?)""", tenant.id(), roadmap, position,
                "Milestone " + position, today().minusDays(dueDaysAgo), status,
                reachedDaysAgo == null ? null : ts(reachedDaysAgo), endorsement);
    }

    static void experiment(TestTenant tenant, UUID roadmap, String status, Integer closedDaysAgo) {
        exec(tenant, """
                INSERT INTO experiments (tenant_id, id, roadmap_id, objective, kind, success_metric, starts_on, ends_on,
                                         status, closed_at)
                VALUES (?, gen_random_uuid(), ?, 'Try it', 'PROJECT', 'Metric', ?, ?, ?, ?)""", tenant.id(), roadmap,
                today().minusDays(300), today().plusDays(30), status, closedDaysAgo == null ? null : ts(closedDaysAgo));
    }

    static void journalEntry(TestTenant tenant, UUID mentee, int daysAgo) {
        exec(tenant, """
                INSERT INTO journal_entries (tenant_id, id, mentee_id, entry_on, title, body)
                VALUES (?, gen_random_uuid(), ?, ?, 'Entry', 'Body')""", tenant.id(), mentee, today().minusDays(daysAgo));
    }

    static void evidence(TestTenant tenant, UUID mentee, int daysAgo) {
        exec(tenant, """
                INSERT INTO evidence (tenant_id, id, mentee_id, kind, title, impact, created_at)
                VALUES (?, gen_random_uuid(), ?, 'CASE_STUDY', 'Case', 'Impact', ?)""", tenant.id(), mentee, ts(daysAgo));
    }

    static void flag(TestTenant tenant, UUID pair, UUID mentee, UUID mentor, String kind, int daysAgo) {
        exec(tenant, """
                INSERT INTO sponsorship_flags (tenant_id, id, pair_id, mentee_id, flagged_by, kind, note, created_at)
                VALUES (?, gen_random_uuid(), ?, ?, ?, ?, 'Ready', ?)""", tenant.id(), pair, mentee, mentor, kind,
                ts(daysAgo));
    }

    static void enrolledAt(TestTenant tenant, UUID participant, int daysAgo) {
        exec(tenant, "UPDATE cohort_participants SET enrolled_at = ? WHERE tenant_id = ? AND id = ?",
                ts(daysAgo), tenant.id(), participant);
    }

    /** A SUCCEEDED run of the cohort with its totals and one proposal per (mentee, mentor) given. */
    static void run(TestTenant tenant, UUID cohort, double total, double greedy, int finishedDaysAgo, UUID... menteeMentor) {
        UUID run = UUID.randomUUID();
        exec(tenant, """
                INSERT INTO matching_runs (tenant_id, id, cohort_id, status, progress, finished_at, min_score,
                                           keep_approved, weights, mentees, mentors, total_score, greedy_total)
                VALUES (?, ?, ?, 'SUCCEEDED', 100, ?, 0, false, '{}', ?, 1, ?, ?)""", tenant.id(), run, cohort,
                ts(finishedDaysAgo), menteeMentor.length / 2, total, greedy);
        for (int i = 0; i < menteeMentor.length; i += 2) {
            exec(tenant, """
                    INSERT INTO matching_proposals (tenant_id, id, run_id, mentee_id, mentor_id, score, parts, reasons, source)
                    VALUES (?, gen_random_uuid(), ?, ?, ?, 0.5, '{}', '[]', 'OPTIMISER')""", tenant.id(), run,
                    menteeMentor[i], menteeMentor[i + 1]);
        }
    }

    private static OffsetDateTime ts(int daysAgo) {
        return day(daysAgo).atOffset(ZoneOffset.UTC);
    }

    private static void exec(TestTenant tenant, String sql, Object... params) {
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    if (params[i] == null) {
                        statement.setNull(i + 1, Types.NULL);
                    } else {
                        statement.setObject(i + 1, params[i]);
                    }
                }
                statement.executeUpdate();
            }
        });
    }
}
