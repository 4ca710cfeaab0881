package com.mentorplatform.api.checkins;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Claims the overdue spells of a tenant's active pairs; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OverdueReminderRepository extends GenericRepository<OverduePair, UUID> {

    /**
     * Records a reminder for every active pair that is overdue (as {@link OverdueRule} says) and was not reminded
     * in this spell yet, and returns those pairs. A spell already claimed, here or by another replica, is skipped.
     */
    @Query("""
            WITH spells AS (
                SELECT p.id AS pair_id, p.mentor_id, p.mentee_id, c.check_in_cadence_days AS cadence_days,
                       coalesce(held.last_held_at, CAST('-infinity' AS timestamptz)) AS overdue_since,
            """ + OverdueRule.DAYS_SINCE_CHECK_IN + " AS days_since_last, " + OverdueRule.OVERDUE + """
             AS overdue
                FROM pairs p
                JOIN cohorts c ON c.tenant_id = p.tenant_id AND c.id = p.cohort_id
            """ + OverdueRule.CLOCK + """
                WHERE p.tenant_id = :tenantId AND p.status = 'ACTIVE'),
            claimed AS (
                INSERT INTO pair_overdue_reminders (tenant_id, pair_id, overdue_since)
                SELECT :tenantId, s.pair_id, s.overdue_since FROM spells s WHERE s.overdue
                ON CONFLICT DO NOTHING
                RETURNING pair_id)
            SELECT s.pair_id, s.mentor_id, mentor.display_name AS mentor_name, s.mentee_id,
                   mentee.display_name AS mentee_name, s.cadence_days, s.days_since_last
            FROM spells s
            JOIN claimed USING (pair_id)
            JOIN people mentor ON mentor.tenant_id = :tenantId AND mentor.id = s.mentor_id
            JOIN people mentee ON mentee.tenant_id = :tenantId AND mentee.id = s.mentee_id""")
    List<OverduePair> claimOverdue(UUID tenantId, String now);
}
