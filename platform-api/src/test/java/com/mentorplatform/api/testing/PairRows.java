package com.mentorplatform.api.testing;

import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Pairs and check-ins written straight into the database as the owner, dated in the past as the API
 * cannot: for tests of what time does to a pair (overdue check-ins, stalled plans).
 */
public final class PairRows {

    private PairRows() {
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
}
