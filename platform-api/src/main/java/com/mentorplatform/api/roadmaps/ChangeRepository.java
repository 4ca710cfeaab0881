package com.mentorplatform.api.roadmaps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** Appends to a roadmap's history; rows are never updated or deleted. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChangeRepository extends GenericRepository<RoadmapHeader, UUID> {

    @Query("""
            INSERT INTO roadmap_changes (tenant_id, id, roadmap_id, actor_id, review_id, subject, subject_id, action,
                                         before, after)
            VALUES (:tenantId, :id, :roadmapId, :actorId, :reviewId, :subject, :subjectId, :action,
                    CAST(:before AS jsonb), CAST(:after AS jsonb))""")
    void insert(UUID tenantId, UUID id, UUID roadmapId, UUID actorId, @Nullable UUID reviewId, String subject,
                @Nullable UUID subjectId, String action, @Nullable String before, @Nullable String after);
}
