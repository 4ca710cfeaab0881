package com.mentorplatform.api.pairs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pairs of one tenant with their names; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PairRepository extends GenericRepository<Pair, UUID> {

    String SELECT_PAIR = """
            SELECT x.tenant_id, x.id, x.cohort_id, c.name AS cohort_name, x.mentor_id, mr.display_name AS mentor_name,
                   x.mentee_id, me.display_name AS mentee_name, x.run_id, x.proposal_id, x.source, x.status, x.score,
                   CAST(x.reasons AS text) AS reasons, x.end_reason, x.end_note, x.created_at, x.updated_at
            FROM pairs x
            JOIN cohorts c ON c.tenant_id = x.tenant_id AND c.id = x.cohort_id
            JOIN people mr ON mr.tenant_id = x.tenant_id AND mr.id = x.mentor_id
            JOIN people me ON me.tenant_id = x.tenant_id AND me.id = x.mentee_id
            """;

    @Query(SELECT_PAIR + "WHERE x.tenant_id = :tenantId AND x.id = :id")
    Optional<Pair> find(UUID tenantId, UUID id);

    /** Locks the pair, so its transitions take turns. */
    @Query(SELECT_PAIR + "WHERE x.tenant_id = :tenantId AND x.id = :id FOR UPDATE OF x")
    Optional<Pair> lock(UUID tenantId, UUID id);

    @Query(SELECT_PAIR + "WHERE x.tenant_id = :tenantId AND x.cohort_id = :cohortId ORDER BY lower(me.display_name), x.id")
    List<Pair> ofCohort(UUID tenantId, UUID cohortId);

    @Query(SELECT_PAIR + """
            WHERE x.tenant_id = :tenantId AND (x.mentor_id = :personId OR x.mentee_id = :personId)
            ORDER BY x.created_at DESC, x.id""")
    List<Pair> ofPerson(UUID tenantId, UUID personId);

    @Query(SELECT_PAIR + """
            WHERE x.tenant_id = :tenantId AND x.cohort_id = :cohortId AND x.status IN ('PROPOSED', 'ACTIVE', 'PAUSED')
            ORDER BY x.created_at, lower(me.display_name), x.id""")
    List<Pair> openOfCohort(UUID tenantId, UUID cohortId);

    /** The mentee's active or paused pairs, most recently changed first. */
    @Query(SELECT_PAIR + """
            WHERE x.tenant_id = :tenantId AND x.mentee_id = :menteeId AND x.status IN ('ACTIVE', 'PAUSED')
            ORDER BY x.updated_at DESC, x.id""")
    List<Pair> currentOfMentee(UUID tenantId, UUID menteeId);

    /**
     * The status of the mentor's pair with the mentee that counts most for workspace access: an
     * active or paused pair before a finished one; proposed pairs give no access and are left out.
     */
    @Query("""
            SELECT status FROM pairs
            WHERE tenant_id = :tenantId AND mentor_id = :mentorId AND mentee_id = :menteeId AND status <> 'PROPOSED'
            ORDER BY status IN ('ACTIVE', 'PAUSED') DESC, updated_at DESC
            LIMIT 1""")
    Optional<String> mentorshipStatus(UUID tenantId, UUID mentorId, UUID menteeId);

    /** When the mentor's last completed or ended pair with the mentee ended (its last change); null for none. */
    @Query("""
            SELECT max(updated_at) FROM pairs
            WHERE tenant_id = :tenantId AND mentor_id = :mentorId AND mentee_id = :menteeId
              AND status IN ('COMPLETED', 'ENDED_EARLY')""")
    @Nullable
    Instant mentorshipEndedAt(UUID tenantId, UUID mentorId, UUID menteeId);

    /** New PROPOSED pairs from a JSON array of rows (ids made by the caller), in one statement. */
    @Query("""
            INSERT INTO pairs (tenant_id, id, cohort_id, mentor_id, mentee_id, run_id, proposal_id, source, score, reasons)
            SELECT :tenantId, r.id, r.cohort_id, r.mentor_id, r.mentee_id, r.run_id, r.proposal_id, r.source, r.score,
                   r.reasons
            FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, cohort_id uuid, mentor_id uuid, mentee_id uuid,
                 run_id uuid, proposal_id uuid, source text, score numeric, reasons jsonb)""")
    void insertAll(UUID tenantId, String rows);

    /** The PROPOSED event of each new pair, from the same rows. */
    @Query("""
            INSERT INTO pair_events (tenant_id, id, pair_id, actor_id, to_status)
            SELECT :tenantId, r.event_id, r.id, :actorId, 'PROPOSED'
            FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, event_id uuid)""")
    void insertCreatedEvents(UUID tenantId, @Nullable UUID actorId, String rows);

    @Query("""
            UPDATE pairs SET status = :status, end_reason = :endReason, end_note = :endNote, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void changeStatus(UUID tenantId, UUID id, String status, @Nullable String endReason, @Nullable String endNote);

    @Query("""
            INSERT INTO pair_events (tenant_id, id, pair_id, actor_id, from_status, to_status, reason, note)
            VALUES (:tenantId, :id, :pairId, :actorId, :fromStatus, :toStatus, :reason, :note)""")
    void insertEvent(UUID tenantId, UUID id, UUID pairId, @Nullable UUID actorId, @Nullable String fromStatus,
                     String toStatus, @Nullable String reason, @Nullable String note);

    @Query("""
            SELECT id, occurred_at, actor_id, from_status, to_status, reason, note FROM pair_events
            WHERE tenant_id = :tenantId AND pair_id = :pairId ORDER BY occurred_at, id""")
    List<PairEvent> events(UUID tenantId, UUID pairId);
}
