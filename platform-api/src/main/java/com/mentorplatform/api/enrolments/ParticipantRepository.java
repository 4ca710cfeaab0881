package com.mentorplatform.api.enrolments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Participants of the cohorts of one tenant; every query names the tenant. Ids travel in arrays as text. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ParticipantRepository extends GenericRepository<Participant, UUID> {

    String SELECT_PARTICIPANT = """
            SELECT cp.tenant_id, cp.id, cp.cohort_id, cp.person_id, p.display_name, p.department, p.location, p.level,
                   p.status AS person_status, cp.role, cp.mentor_capacity, cp.status, cp.enrolled_at, cp.withdrawn_at,
                   cp.withdrawal_reason
            FROM cohort_participants cp
            JOIN people p ON p.tenant_id = cp.tenant_id AND p.id = cp.person_id
            """;

    /** The roles the person is enrolled in, in any cohort, not withdrawn. */
    @Query("""
            SELECT DISTINCT role FROM cohort_participants
            WHERE tenant_id = :tenantId AND person_id = :personId AND status = 'ENROLLED'""")
    List<String> enrolledRoles(UUID tenantId, UUID personId);

    @Query(SELECT_PARTICIPANT + "WHERE cp.tenant_id = :tenantId AND cp.cohort_id = :cohortId AND cp.id = :id")
    Optional<Participant> find(UUID tenantId, UUID cohortId, UUID id);

    /**
     * One page in (lower(display_name), id) order. The cohort, status and role filters are served by
     * cohort_participants_by_cohort; department and name are read from each participant's person by
     * primary key, so the cost follows the cohort's size, not the tenant's.
     */
    @Query(SELECT_PARTICIPANT + """
            WHERE cp.tenant_id = :tenantId AND cp.cohort_id = :cohortId
              AND (CAST(:status AS text) IS NULL OR cp.status = :status)
              AND (CAST(:role AS text) IS NULL OR cp.role = :role)
              AND (CAST(:department AS text) IS NULL OR p.department = :department)
              AND (CAST(:pattern AS text) IS NULL OR lower(p.display_name) LIKE :pattern OR lower(p.email) LIKE :pattern)
              AND (CAST(:afterName AS text) IS NULL OR (lower(p.display_name), cp.id) > (lower(:afterName), :afterId))
            ORDER BY lower(p.display_name), cp.id
            LIMIT :limit""")
    List<Participant> page(UUID tenantId, UUID cohortId, @Nullable String status, @Nullable String role,
                           @Nullable String department, @Nullable String pattern, @Nullable String afterName,
                           @Nullable UUID afterId, int limit);

    /** Which of these people are enrolled in the cohort now, and as what. */
    @Query("""
            SELECT person_id, role FROM cohort_participants
            WHERE tenant_id = :tenantId AND cohort_id = :cohortId AND status = 'ENROLLED'
              AND person_id = ANY (CAST(:personIds AS uuid[]))""")
    List<EnrolledRole> enrolledAmong(UUID tenantId, UUID cohortId, String[] personIds);

    @Query("""
            INSERT INTO cohort_participants (tenant_id, id, cohort_id, person_id, role, mentor_capacity)
            SELECT :tenantId, u.id, :cohortId, u.person_id, :role, CAST(:mentorCapacity AS smallint)
            FROM unnest(CAST(:ids AS uuid[]), CAST(:personIds AS uuid[])) AS u(id, person_id)""")
    void insertAll(UUID tenantId, UUID cohortId, String[] ids, String[] personIds, String role,
                   @Nullable Integer mentorCapacity);

    @Query("""
            UPDATE cohort_participants SET status = 'WITHDRAWN', withdrawn_at = now(), withdrawal_reason = :reason
            WHERE tenant_id = :tenantId AND id = :id""")
    void withdraw(UUID tenantId, UUID id, String reason);

    @Query("UPDATE cohort_participants SET mentor_capacity = :mentorCapacity WHERE tenant_id = :tenantId AND id = :id")
    void changeCapacity(UUID tenantId, UUID id, int mentorCapacity);
}
