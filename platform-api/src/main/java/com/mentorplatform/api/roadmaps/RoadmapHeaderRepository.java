package com.mentorplatform.api.roadmaps;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** Finds and locks roadmaps for access decisions; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoadmapHeaderRepository extends GenericRepository<RoadmapHeader, UUID> {

    @Query("SELECT id, mentee_id, cohort_id, status FROM roadmaps WHERE tenant_id = :tenantId AND id = :id")
    Optional<RoadmapHeader> find(UUID tenantId, UUID id);

    /** Locks the roadmap, so changes to one roadmap (positions, the experiment limit) take turns. */
    @Query("SELECT id, mentee_id, cohort_id, status FROM roadmaps WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<RoadmapHeader> lock(UUID tenantId, UUID id);

    @Query("UPDATE roadmaps SET updated_at = now() WHERE tenant_id = :tenantId AND id = :id")
    void touch(UUID tenantId, UUID id);
}
