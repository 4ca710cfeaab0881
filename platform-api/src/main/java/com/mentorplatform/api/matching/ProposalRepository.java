package com.mentorplatform.api.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Proposals and unmatched mentees of matching runs; every query names the tenant. A run's rows are
 * written with one statement each, from a JSON array bound as a single parameter.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProposalRepository extends GenericRepository<Proposal, UUID> {

    String SELECT_PROPOSAL = """
            SELECT x.tenant_id, x.id, x.run_id, x.mentee_id, me.display_name AS mentee_name, x.mentor_id,
                   mr.display_name AS mentor_name, x.score, CAST(x.parts AS text) AS parts,
                   CAST(x.reasons AS text) AS reasons, x.runner_up_id, ru.display_name AS runner_up_name,
                   x.runner_up_score, x.runner_up_why, x.source, x.status, x.pair_id,
                   coalesce((SELECT max(cp.mentor_capacity) FROM cohort_participants cp
                             WHERE cp.tenant_id = x.tenant_id AND cp.cohort_id = r.cohort_id
                               AND cp.person_id = x.mentor_id AND cp.status = 'ENROLLED' AND cp.role = 'MENTOR'), 0)
                       AS mentor_capacity,
                   (SELECT count(*) FROM matching_proposals q
                    WHERE q.tenant_id = x.tenant_id AND q.run_id = x.run_id AND q.mentor_id = x.mentor_id) AS capacity_used
            FROM matching_proposals x
            JOIN matching_runs r ON r.tenant_id = x.tenant_id AND r.id = x.run_id
            JOIN people me ON me.tenant_id = x.tenant_id AND me.id = x.mentee_id
            JOIN people mr ON mr.tenant_id = x.tenant_id AND mr.id = x.mentor_id
            LEFT JOIN people ru ON ru.tenant_id = x.tenant_id AND ru.id = x.runner_up_id
            """;

    /** One page in (lower(mentee name), id) order. */
    @Query(SELECT_PROPOSAL + """
            WHERE x.tenant_id = :tenantId AND x.run_id = :runId
              AND (CAST(:afterName AS text) IS NULL OR (lower(me.display_name), x.id) > (lower(:afterName), :afterId))
            ORDER BY lower(me.display_name), x.id
            LIMIT :limit""")
    List<Proposal> page(UUID tenantId, UUID runId, @Nullable String afterName, @Nullable UUID afterId, int limit);

    @Query(SELECT_PROPOSAL + "WHERE x.tenant_id = :tenantId AND x.id = :id")
    Optional<Proposal> find(UUID tenantId, UUID id);

    /** Every proposal of the run, by mentee name: pairs accepted together are made (and read back) in that order. */
    @Query(SELECT_PROPOSAL + "WHERE x.tenant_id = :tenantId AND x.run_id = :runId ORDER BY lower(me.display_name), x.id")
    List<Proposal> ofRun(UUID tenantId, UUID runId);

    /** The run a proposal of the tenant belongs to, and that run's cohort; empty when there is no such proposal. */
    @Query("""
            SELECT x.run_id, r.cohort_id FROM matching_proposals x
            JOIN matching_runs r ON r.tenant_id = x.tenant_id AND r.id = x.run_id
            WHERE x.tenant_id = :tenantId AND x.id = :id""")
    List<ProposalOwner> ownerOf(UUID tenantId, UUID id);

    @Query("""
            INSERT INTO matching_proposals (tenant_id, id, run_id, mentee_id, mentor_id, score, parts, reasons,
                                            runner_up_id, runner_up_score, runner_up_why, source, status, pair_id)
            SELECT :tenantId, r.id, :runId, r.mentee_id, r.mentor_id, r.score, r.parts, r.reasons, r.runner_up_id,
                   r.runner_up_score, r.runner_up_why, r.source, r.status, r.pair_id
            FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, mentee_id uuid, mentor_id uuid, score numeric,
                 parts jsonb, reasons jsonb, runner_up_id uuid, runner_up_score numeric, runner_up_why text, source text,
                 status text, pair_id uuid)""")
    void insertAll(UUID tenantId, UUID runId, String rows);

    /** A changed mentor: HR's choice, so the source becomes MANUAL and the optimiser's runner-up no longer applies. */
    @Query("""
            UPDATE matching_proposals SET mentor_id = :mentorId, score = :score, parts = CAST(:parts AS jsonb),
                   reasons = CAST(:reasons AS jsonb), source = 'MANUAL', runner_up_id = NULL, runner_up_score = NULL,
                   runner_up_why = NULL
            WHERE tenant_id = :tenantId AND id = :id""")
    void reassign(UUID tenantId, UUID id, UUID mentorId, BigDecimal score, String parts, String reasons);

    /** Marks proposals accepted, each with its pair, from a JSON array of {id, pair_id}. */
    @Query("""
            UPDATE matching_proposals x SET status = 'ACCEPTED', pair_id = r.pair_id
            FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, pair_id uuid)
            WHERE x.tenant_id = :tenantId AND x.id = r.id""")
    void acceptAll(UUID tenantId, String rows);

    @Query("""
            INSERT INTO matching_unmatched (tenant_id, run_id, mentee_id, reason, explanation)
            SELECT :tenantId, :runId, r.mentee_id, r.reason, r.explanation
            FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(mentee_id uuid, reason text, explanation text)""")
    void insertUnmatched(UUID tenantId, UUID runId, String rows);

    @Query("""
            SELECT u.mentee_id, p.display_name AS mentee_name, u.reason, u.explanation FROM matching_unmatched u
            JOIN people p ON p.tenant_id = u.tenant_id AND p.id = u.mentee_id
            WHERE u.tenant_id = :tenantId AND u.run_id = :runId ORDER BY lower(p.display_name), u.mentee_id""")
    List<Unmatched> unmatched(UUID tenantId, UUID runId);

    @Query("DELETE FROM matching_unmatched WHERE tenant_id = :tenantId AND run_id = :runId AND mentee_id = :menteeId")
    void deleteUnmatched(UUID tenantId, UUID runId, UUID menteeId);
}
