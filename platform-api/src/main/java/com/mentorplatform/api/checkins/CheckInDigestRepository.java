package com.mentorplatform.api.checkins;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The read-only check-in summaries other features use; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckInDigestRepository extends GenericRepository<CheckInSignals, UUID> {

    /** Each pair's clock and whether it is overdue, as {@link OverdueRule} says, at {@code now} (an ISO instant). */
    @Query("""
            SELECT p.id AS pair_id, c.check_in_cadence_days AS cadence_days, held.last_held_at, n.next_scheduled_at,
            """ + OverdueRule.DAYS_SINCE_CHECK_IN + " AS days_since_last, " + OverdueRule.OVERDUE + """
             AS overdue
            FROM pairs p
            JOIN cohorts c ON c.tenant_id = p.tenant_id AND c.id = p.cohort_id
            """ + OverdueRule.CLOCK + """
            LEFT JOIN LATERAL (
                SELECT min(x.occurs_at) AS next_scheduled_at FROM check_ins x
                WHERE x.tenant_id = :tenantId AND x.pair_id = p.id AND x.status = 'SCHEDULED'
                  AND x.occurs_at >= CAST(:now AS timestamptz)) n ON true
            WHERE p.tenant_id = :tenantId AND p.id = ANY (CAST(:pairIds AS uuid[]))""")
    List<CheckInSignals> signals(UUID tenantId, String[] pairIds, String now);
}
