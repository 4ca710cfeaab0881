package com.mentorplatform.api.programmes;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Cohorts of one tenant with their head counts, counted in SQL from the enrolled participants
 * (served by cohort_participants_by_cohort). Every query names the tenant.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CohortRepository extends GenericRepository<Cohort, UUID> {

    String SELECT_COHORT = """
            SELECT c.tenant_id, c.id, c.programme_id, g.status AS programme_status, c.name, c.starts_on, c.ends_on,
                   c.check_in_cadence_days, c.capacity, c.status, c.weight_gap_coverage, c.weight_seniority,
                   c.weight_department, c.weight_language, c.weight_time_zone, c.weight_interests,
                   c.weight_preference, c.weight_availability, c.favour_same_department, c.require_shared_language,
                   (SELECT count(*) FROM cohort_participants p WHERE p.tenant_id = c.tenant_id AND p.cohort_id = c.id
                       AND p.status = 'ENROLLED' AND p.role = 'MENTEE') AS mentees_enrolled,
                   (SELECT count(*) FROM cohort_participants p WHERE p.tenant_id = c.tenant_id AND p.cohort_id = c.id
                       AND p.status = 'ENROLLED' AND p.role = 'MENTOR') AS mentors_enrolled,
                   (SELECT coalesce(sum(p.mentor_capacity), 0) FROM cohort_participants p
                       WHERE p.tenant_id = c.tenant_id AND p.cohort_id = c.id
                       AND p.status = 'ENROLLED' AND p.role = 'MENTOR') AS mentor_capacity_total,
                   c.created_at, c.updated_at
            FROM cohorts c
            JOIN programmes g ON g.tenant_id = c.tenant_id AND g.id = c.programme_id
            """;

    @Query(SELECT_COHORT + "WHERE c.tenant_id = :tenantId AND c.id = :id")
    Optional<Cohort> find(UUID tenantId, UUID id);

    /**
     * Locks the cohort row, so changes to its capacity, status and enrolments take turns and every
     * capacity check sees the head count that will be committed.
     */
    @Query(SELECT_COHORT + "WHERE c.tenant_id = :tenantId AND c.id = :id FOR UPDATE OF c")
    Optional<Cohort> lock(UUID tenantId, UUID id);

    @Query(SELECT_COHORT + "WHERE c.tenant_id = :tenantId AND c.programme_id = :programmeId ORDER BY c.starts_on, c.id")
    List<Cohort> ofProgramme(UUID tenantId, UUID programmeId);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM cohorts WHERE tenant_id = :tenantId AND programme_id = :programmeId
                           AND lower(name) = lower(:name) AND id <> :exceptId)""")
    boolean nameTaken(UUID tenantId, UUID programmeId, String name, UUID exceptId);

    @Query("""
            INSERT INTO cohorts (tenant_id, id, programme_id, name, starts_on, ends_on, check_in_cadence_days, capacity,
                                 status, weight_gap_coverage, weight_seniority, weight_department, weight_language,
                                 weight_time_zone, weight_interests, weight_preference, weight_availability,
                                 favour_same_department, require_shared_language)
            VALUES (:tenantId, :id, :programmeId, :name, :startsOn, :endsOn, :cadence, :capacity, :status,
                    :gapCoverage, :seniority, :department, :language, :timeZone, :interests, :preference,
                    :availability, :favourSameDepartment, :requireSharedLanguage)""")
    void insert(UUID tenantId, UUID id, UUID programmeId, String name, LocalDate startsOn, LocalDate endsOn,
                int cadence, int capacity, String status, BigDecimal gapCoverage, BigDecimal seniority,
                BigDecimal department, BigDecimal language, BigDecimal timeZone, BigDecimal interests,
                BigDecimal preference, BigDecimal availability, boolean favourSameDepartment,
                boolean requireSharedLanguage);

    @Query("""
            UPDATE cohorts SET name = :name, starts_on = :startsOn, ends_on = :endsOn, check_in_cadence_days = :cadence,
                   capacity = :capacity, status = :status, weight_gap_coverage = :gapCoverage,
                   weight_seniority = :seniority, weight_department = :department, weight_language = :language,
                   weight_time_zone = :timeZone, weight_interests = :interests, weight_preference = :preference,
                   weight_availability = :availability, favour_same_department = :favourSameDepartment,
                   require_shared_language = :requireSharedLanguage, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String name, LocalDate startsOn, LocalDate endsOn, int cadence, int capacity,
                String status, BigDecimal gapCoverage, BigDecimal seniority, BigDecimal department,
                BigDecimal language, BigDecimal timeZone, BigDecimal interests, BigDecimal preference,
                BigDecimal availability, boolean favourSameDepartment, boolean requireSharedLanguage);
}
