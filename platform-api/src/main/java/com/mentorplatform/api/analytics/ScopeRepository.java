package com.mentorplatform.api.analytics;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** Whether the programme and cohort a report asks for are the tenant's (and the cohort the programme's). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScopeRepository extends GenericRepository<ScopeRepository.Known, UUID> {

    @Query("SELECT count(*) FROM programmes p WHERE p.tenant_id = :tenantId AND p.id = :programmeId")
    long countProgrammes(UUID tenantId, UUID programmeId);

    @Query("""
            SELECT count(*) FROM cohorts c WHERE c.tenant_id = :tenantId AND c.id = :cohortId
              AND (CAST(:programmeId AS uuid) IS NULL OR c.programme_id = CAST(:programmeId AS uuid))""")
    long countCohorts(UUID tenantId, UUID cohortId, @io.micronaut.core.annotation.Nullable String programmeId);

    /** The repository's nominal entity; its queries answer counts only. */
    @io.micronaut.data.annotation.MappedEntity
    record Known(@io.micronaut.data.annotation.Id UUID id) {
    }
}
