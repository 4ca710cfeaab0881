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

    /**
     * Days are counted from the last held check-in, else from the pair's first move to ACTIVE (its
     * first pair_events row to ACTIVE), so a pair that never met becomes overdue one cadence after it started.
     */
    @Query("""
            SELECT s.pair_id, s.cadence_days, s.last_held_at, s.next_scheduled_at, s.days_since_last,
                   coalesce(s.status = 'ACTIVE' AND s.days_since_last > s.cadence_days, false) AS overdue
            FROM (SELECT p.id AS pair_id, p.status, c.check_in_cadence_days AS cadence_days, k.last_held_at,
                         k.next_scheduled_at,
                         CAST(floor(extract(epoch FROM now() - coalesce(k.last_held_at, a.active_since)) / 86400)
                              AS integer) AS days_since_last
                  FROM pairs p
                  JOIN cohorts c ON c.tenant_id = p.tenant_id AND c.id = p.cohort_id
                  LEFT JOIN LATERAL (
                      SELECT max(x.occurs_at) FILTER (WHERE x.status = 'HELD' AND x.occurs_at <= now())
                                 AS last_held_at,
                             min(x.occurs_at) FILTER (WHERE x.status = 'SCHEDULED' AND x.occurs_at >= now())
                                 AS next_scheduled_at
                      FROM check_ins x WHERE x.tenant_id = :tenantId AND x.pair_id = p.id) k ON true
                  LEFT JOIN LATERAL (
                      SELECT min(e.occurred_at) AS active_since FROM pair_events e
                      WHERE e.tenant_id = :tenantId AND e.pair_id = p.id AND e.to_status = 'ACTIVE') a ON true
                  WHERE p.tenant_id = :tenantId AND p.id = ANY (CAST(:pairIds AS uuid[]))) s""")
    List<CheckInSignals> signals(UUID tenantId, String[] pairIds);
}
