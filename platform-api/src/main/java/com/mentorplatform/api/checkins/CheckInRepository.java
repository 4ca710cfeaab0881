package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Check-ins of one tenant with their creator's name; every query names the tenant. Private notes are not here. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckInRepository extends GenericRepository<CheckIn, UUID> {

    String SELECT_CHECK_IN = """
            SELECT c.tenant_id, c.id, c.pair_id, c.status, c.occurs_at, c.duration_minutes, c.agenda, c.shared_notes,
                   c.feedback_observation, c.feedback_impact, c.feedback_suggestion, c.progress_rating, c.created_by,
                   p.display_name AS created_by_name, c.created_at, c.updated_at
            FROM check_ins c JOIN people p ON p.tenant_id = c.tenant_id AND p.id = c.created_by
            """;

    @Query(SELECT_CHECK_IN + "WHERE c.tenant_id = :tenantId AND c.id = :id")
    Optional<CheckIn> find(UUID tenantId, UUID id);

    /** Locks the check-in, so changes to it take turns. */
    @Query(SELECT_CHECK_IN + "WHERE c.tenant_id = :tenantId AND c.id = :id FOR UPDATE OF c")
    Optional<CheckIn> lock(UUID tenantId, UUID id);

    /** The pair's scheduled check-ins, locked, for calling them off together. */
    @Query(SELECT_CHECK_IN + """
            WHERE c.tenant_id = :tenantId AND c.pair_id = :pairId AND c.status = 'SCHEDULED'
            FOR UPDATE OF c""")
    List<CheckIn> lockScheduled(UUID tenantId, UUID pairId);

    @Query("UPDATE check_ins SET status = 'CANCELLED', updated_at = now() WHERE tenant_id = :tenantId AND id = :id")
    void cancel(UUID tenantId, UUID id);

    /** The pair's check-ins newest first, after the cursor (occurs_at, id) when one is given. */
    @Query(SELECT_CHECK_IN + """
            WHERE c.tenant_id = :tenantId AND c.pair_id = :pairId
              AND (CAST(:afterAt AS timestamptz) IS NULL
                   OR (c.occurs_at, c.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
            ORDER BY c.occurs_at DESC, c.id DESC
            LIMIT :limit""")
    List<CheckIn> page(UUID tenantId, UUID pairId, @Nullable Instant afterAt, @Nullable UUID afterId, int limit);

    @Query("""
            INSERT INTO check_ins (tenant_id, id, pair_id, status, occurs_at, duration_minutes, agenda, shared_notes,
                                   feedback_observation, feedback_impact, feedback_suggestion, progress_rating,
                                   created_by)
            VALUES (:tenantId, :id, :pairId, :status, :occursAt, :durationMinutes, :agenda, :sharedNotes,
                    :observation, :impact, :suggestion, :progressRating, :createdBy)""")
    void insert(UUID tenantId, UUID id, UUID pairId, String status, Instant occursAt, @Nullable Integer durationMinutes,
                @Nullable String agenda, @Nullable String sharedNotes, @Nullable String observation,
                @Nullable String impact, @Nullable String suggestion, @Nullable Integer progressRating,
                UUID createdBy);

    @Query("""
            UPDATE check_ins SET status = :status, occurs_at = :occursAt, duration_minutes = :durationMinutes,
                   agenda = :agenda, shared_notes = :sharedNotes, feedback_observation = :observation,
                   feedback_impact = :impact, feedback_suggestion = :suggestion, progress_rating = :progressRating,
                   updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String status, Instant occursAt, @Nullable Integer durationMinutes,
                @Nullable String agenda, @Nullable String sharedNotes, @Nullable String observation,
                @Nullable String impact, @Nullable String suggestion, @Nullable Integer progressRating);

    /**
     * What the pair's cadence is judged on: its cohort's cadence, its last held check-in, its next
     * scheduled one after {@code now}, and when it first became active.
     */
    @Query("""
            SELECT x.id AS pair_id, c.check_in_cadence_days AS cadence_days,
                   (SELECT max(k.occurs_at) FROM check_ins k
                    WHERE k.tenant_id = x.tenant_id AND k.pair_id = x.id AND k.status = 'HELD') AS last_held_at,
                   (SELECT min(k.occurs_at) FROM check_ins k
                    WHERE k.tenant_id = x.tenant_id AND k.pair_id = x.id AND k.status = 'SCHEDULED'
                      AND k.occurs_at > :now) AS next_scheduled_at,
                   (SELECT min(e.occurred_at) FROM pair_events e
                    WHERE e.tenant_id = x.tenant_id AND e.pair_id = x.id AND e.to_status = 'ACTIVE') AS started_at
            FROM pairs x JOIN cohorts c ON c.tenant_id = x.tenant_id AND c.id = x.cohort_id
            WHERE x.tenant_id = :tenantId AND x.id = :pairId""")
    Optional<CadenceFacts> cadenceFacts(UUID tenantId, UUID pairId, Instant now);
}
