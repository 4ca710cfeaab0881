package com.mentorplatform.api.enrolments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The enrolment history: only ever inserted into and read (the app role may not update or delete it). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ParticipantEventRepository extends GenericRepository<ParticipantEvent, UUID> {

    @Query("""
            SELECT e.id, e.participant_id, e.occurred_at, e.actor_id, a.display_name AS actor_name, e.kind, e.role,
                   e.mentor_capacity_before, e.mentor_capacity, e.reason
            FROM cohort_participant_events e
            LEFT JOIN people a ON a.tenant_id = e.tenant_id AND a.id = e.actor_id
            WHERE e.tenant_id = :tenantId AND e.participant_id = :participantId
            ORDER BY e.occurred_at, e.id""")
    List<ParticipantEvent> history(UUID tenantId, UUID participantId);

    @Query("""
            INSERT INTO cohort_participant_events (tenant_id, id, participant_id, actor_id, kind, role,
                                                   mentor_capacity_before, mentor_capacity, reason)
            VALUES (:tenantId, :id, :participantId, :actorId, :kind, :role, :capacityBefore, :capacity, :reason)""")
    void insert(UUID tenantId, UUID id, UUID participantId, @Nullable UUID actorId, String kind, String role,
                @Nullable Integer capacityBefore, @Nullable Integer capacity, @Nullable String reason);

    @Query("""
            INSERT INTO cohort_participant_events (tenant_id, id, participant_id, actor_id, kind, role, mentor_capacity)
            SELECT :tenantId, u.id, u.participant_id, :actorId, 'ENROLLED', :role, CAST(:mentorCapacity AS smallint)
            FROM unnest(CAST(:ids AS uuid[]), CAST(:participantIds AS uuid[])) AS u(id, participant_id)""")
    void insertEnrolments(UUID tenantId, String[] ids, String[] participantIds, @Nullable UUID actorId, String role,
                          @Nullable Integer mentorCapacity);
}
