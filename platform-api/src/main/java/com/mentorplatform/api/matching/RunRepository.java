package com.mentorplatform.api.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Matching runs of one tenant with their proposal counts, counted in SQL; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RunRepository extends GenericRepository<MatchingRun, UUID> {

    /**
     * A run still QUEUED or RUNNING whose worker has not renewed its lease for this long was cut off by
     * a stopped API process: it reads as FAILED even before the recovery pass
     * ({@link com.mentorplatform.api.background.InterruptedWork}) stores that.
     */
    String INTERRUPTED = "Interrupted: the API stopped before the run finished. Start a new run.";

    String SELECT_RUN = """
            SELECT r.tenant_id, r.id, r.cohort_id,
                   CASE WHEN r.status IN ('QUEUED', 'RUNNING')
                             AND coalesce(r.heartbeat_at, r.requested_at) < now() - interval '10 minutes'
                        THEN 'FAILED' ELSE r.status END AS status,
                   r.progress, r.requested_by, r.requested_at, r.finished_at,
                   r.min_score, r.keep_approved, CAST(r.weights AS text) AS weights, r.mentees, r.mentors,
                   (SELECT count(*) FROM matching_proposals p WHERE p.tenant_id = r.tenant_id AND p.run_id = r.id)
                       AS proposals,
                   (SELECT count(*) FROM matching_proposals p WHERE p.tenant_id = r.tenant_id AND p.run_id = r.id
                       AND p.status = 'ACCEPTED') AS accepted,
                   (SELECT count(*) FROM matching_unmatched u WHERE u.tenant_id = r.tenant_id AND u.run_id = r.id)
                       AS unmatched,
                   (SELECT coalesce(sum(p.score), 0) FROM matching_proposals p
                       WHERE p.tenant_id = r.tenant_id AND p.run_id = r.id) AS current_total,
                   r.total_score, r.greedy_total, r.method,
                   CASE WHEN r.status IN ('QUEUED', 'RUNNING')
                             AND coalesce(r.heartbeat_at, r.requested_at) < now() - interval '10 minutes'
                        THEN '""" + INTERRUPTED + "' ELSE r.failure END AS failure\n" + """
            FROM matching_runs r
            """;

    @Query(SELECT_RUN + "WHERE r.tenant_id = :tenantId AND r.id = :id")
    Optional<MatchingRun> find(UUID tenantId, UUID id);

    /** Locks the run, so decisions on one run take turns. */
    @Query(SELECT_RUN + "WHERE r.tenant_id = :tenantId AND r.id = :id FOR UPDATE OF r")
    Optional<MatchingRun> lock(UUID tenantId, UUID id);

    @Query(SELECT_RUN + "WHERE r.tenant_id = :tenantId AND r.cohort_id = :cohortId ORDER BY r.requested_at DESC, r.id")
    List<MatchingRun> ofCohort(UUID tenantId, UUID cohortId);

    @Query("""
            INSERT INTO matching_runs (tenant_id, id, cohort_id, requested_by, min_score, keep_approved, weights)
            VALUES (:tenantId, :id, :cohortId, :requestedBy, :minScore, :keepApproved, CAST(:weights AS jsonb))""")
    void insert(UUID tenantId, UUID id, UUID cohortId, @Nullable UUID requestedBy, BigDecimal minScore,
                boolean keepApproved, String weights);

    /** Moves an unfinished run on; a run already failed (its lease expired) stays failed. */
    @Query("""
            UPDATE matching_runs SET status = :status, progress = :progress
            WHERE tenant_id = :tenantId AND id = :id AND status IN ('QUEUED', 'RUNNING')""")
    void progress(UUID tenantId, UUID id, String status, int progress);

    /** Returns 0 when the run was failed meanwhile (its lease expired): the caller then rolls back. */
    @Query("""
            UPDATE matching_runs SET status = 'SUCCEEDED', progress = 100, finished_at = now(), mentees = :mentees,
                   mentors = :mentors, total_score = :totalScore, greedy_total = :greedyTotal, method = :method
            WHERE tenant_id = :tenantId AND id = :id AND status IN ('QUEUED', 'RUNNING')""")
    int succeeded(UUID tenantId, UUID id, int mentees, int mentors, BigDecimal totalScore, BigDecimal greedyTotal,
                   String method);

    @Query("""
            UPDATE matching_runs SET status = 'FAILED', finished_at = now(), failure = left(:failure, 1000)
            WHERE tenant_id = :tenantId AND id = :id AND status IN ('QUEUED', 'RUNNING')""")
    void failed(UUID tenantId, UUID id, String failure);

    @Query("""
            UPDATE matching_runs SET heartbeat_at = now()
            WHERE tenant_id = :tenantId AND id IN (:ids) AND status IN ('QUEUED', 'RUNNING')""")
    void renew(UUID tenantId, Collection<UUID> ids);

    @Query("""
            UPDATE matching_runs SET status = 'FAILED', finished_at = now(), failure = :failure
            WHERE tenant_id = :tenantId AND status IN ('QUEUED', 'RUNNING')
              AND coalesce(heartbeat_at, requested_at) < now() - :staleSeconds * interval '1 second'""")
    int failExpired(UUID tenantId, long staleSeconds, String failure);
}
