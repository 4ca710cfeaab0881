package com.mentorplatform.api.roadmaps.history;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Review points of one tenant's roadmaps, with their authors' names; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReviewRepository extends GenericRepository<ReviewResponse, UUID> {

    String SELECT = """
            SELECT v.id, v.reviewed_on, v.summary, v.why, v.author_id, p.display_name AS author_name, v.created_at
            FROM roadmap_reviews v JOIN people p ON p.tenant_id = v.tenant_id AND p.id = v.author_id
            """;

    @Query(SELECT + "WHERE v.tenant_id = :tenantId AND v.id = :id")
    Optional<ReviewResponse> find(UUID tenantId, UUID id);

    @Query(SELECT + "WHERE v.tenant_id = :tenantId AND v.roadmap_id = :roadmapId ORDER BY v.reviewed_on DESC, v.created_at DESC, v.id")
    List<ReviewResponse> ofRoadmap(UUID tenantId, UUID roadmapId);

    @Query("""
            INSERT INTO roadmap_reviews (tenant_id, id, roadmap_id, reviewed_on, summary, why, author_id)
            VALUES (:tenantId, :id, :roadmapId, :reviewedOn, :summary, :why, :authorId)""")
    void insert(UUID tenantId, UUID id, UUID roadmapId, LocalDate reviewedOn, String summary, String why, UUID authorId);
}
