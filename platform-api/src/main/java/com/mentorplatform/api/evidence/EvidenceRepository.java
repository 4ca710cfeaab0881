package com.mentorplatform.api.evidence;

import com.mentorplatform.api.workspace.Link;
import com.mentorplatform.api.workspace.LinkRows;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Evidence of one tenant, its files and links; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EvidenceRepository extends GenericRepository<EvidenceRow, UUID>, LinkRows {

    String SELECT = """
            SELECT e.tenant_id, e.id, e.mentee_id, e.kind, e.title, e.impact, e.url, e.file_name, e.content_type,
                   e.size_bytes, e.sha256, e.created_at, e.updated_at
            FROM evidence e
            """;

    @Query(SELECT + "WHERE e.tenant_id = :tenantId AND e.id = :id")
    Optional<EvidenceRow> find(UUID tenantId, UUID id);

    /**
     * A page of the mentee's evidence, newest first, after the keyset position when one is given; only what
     * links to the milestone when one is given.
     */
    @Query(SELECT + """
            WHERE e.tenant_id = :tenantId AND e.mentee_id = :menteeId
              AND (CAST(:milestoneId AS uuid) IS NULL OR EXISTS (
                   SELECT 1 FROM evidence_milestones m
                   WHERE m.tenant_id = e.tenant_id AND m.evidence_id = e.id AND m.milestone_id = CAST(:milestoneId AS uuid)))
              AND (CAST(:afterAt AS timestamptz) IS NULL
                   OR (e.created_at, e.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
            ORDER BY e.created_at DESC, e.id DESC
            LIMIT :limit""")
    List<EvidenceRow> ofMentee(UUID tenantId, UUID menteeId, @Nullable UUID milestoneId, @Nullable Instant afterAt,
                               @Nullable UUID afterId, int limit);

    @Query(SELECT + "WHERE e.tenant_id = :tenantId AND e.mentee_id = :menteeId AND e.id IN (:ids)")
    List<EvidenceRow> byIds(UUID tenantId, UUID menteeId, Collection<UUID> ids);

    @Query("""
            INSERT INTO evidence (tenant_id, id, mentee_id, kind, title, impact, url)
            VALUES (:tenantId, :id, :menteeId, :kind, :title, :impact, :url)""")
    void insert(UUID tenantId, UUID id, UUID menteeId, String kind, String title, String impact, @Nullable String url);

    @Query("""
            UPDATE evidence SET kind = :kind, title = :title, impact = :impact, url = :url, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String kind, String title, String impact, @Nullable String url);

    @Query("DELETE FROM evidence WHERE tenant_id = :tenantId AND id = :id")
    void delete(UUID tenantId, UUID id);

    @Query("""
            UPDATE evidence SET file_name = :fileName, content_type = :contentType, size_bytes = :sizeBytes,
                   sha256 = :sha256, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void describeFile(UUID tenantId, UUID id, String fileName, String contentType, int sizeBytes, String sha256);

    @Query("""
            INSERT INTO evidence_files (tenant_id, evidence_id, content) VALUES (:tenantId, :evidenceId, :content)
            ON CONFLICT (tenant_id, evidence_id) DO UPDATE SET content = EXCLUDED.content""")
    void storeContent(UUID tenantId, UUID evidenceId, byte[] content);

    @Query("SELECT evidence_id, content FROM evidence_files WHERE tenant_id = :tenantId AND evidence_id = :evidenceId")
    Optional<StoredFile> content(UUID tenantId, UUID evidenceId);

    @Query("""
            SELECT evidence_id AS owner_id, competency_id AS target_id FROM evidence_competencies
            WHERE tenant_id = :tenantId AND evidence_id IN (:evidenceIds)""")
    List<Link> competencyLinks(UUID tenantId, Collection<UUID> evidenceIds);

    @Query("""
            SELECT evidence_id AS owner_id, milestone_id AS target_id FROM evidence_milestones
            WHERE tenant_id = :tenantId AND evidence_id IN (:evidenceIds) ORDER BY milestone_id""")
    List<Link> milestoneLinks(UUID tenantId, Collection<UUID> evidenceIds);

    @Query("DELETE FROM evidence_competencies WHERE tenant_id = :tenantId AND evidence_id = :evidenceId")
    void unlinkCompetencies(UUID tenantId, UUID evidenceId);

    @Query("DELETE FROM evidence_milestones WHERE tenant_id = :tenantId AND evidence_id = :evidenceId")
    void unlinkMilestones(UUID tenantId, UUID evidenceId);

    @Query("""
            INSERT INTO evidence_competencies (tenant_id, evidence_id, competency_id)
            SELECT :tenantId, :evidenceId, unnest(CAST(:competencyIds AS uuid[]))""")
    void linkCompetencies(UUID tenantId, UUID evidenceId, String[] competencyIds);

    @Query("""
            INSERT INTO evidence_milestones (tenant_id, evidence_id, milestone_id)
            SELECT :tenantId, :evidenceId, unnest(CAST(:milestoneIds AS uuid[]))""")
    void linkMilestones(UUID tenantId, UUID evidenceId, String[] milestoneIds);

    /** Evidence added per mentee within [from, to). */
    @Query("""
            SELECT p.mentee_id, count(e.id) AS evidence
            FROM unnest(CAST(:menteeIds AS uuid[])) AS p(mentee_id)
            LEFT JOIN evidence e ON e.tenant_id = :tenantId AND e.mentee_id = p.mentee_id
                 AND e.created_at >= :from AND e.created_at < :to
            GROUP BY p.mentee_id""")
    List<EvidenceActivity> activity(UUID tenantId, String[] menteeIds, Instant from, Instant to);

    @Query("SELECT count(*) FROM evidence_competencies WHERE tenant_id = :tenantId AND competency_id = :competencyId")
    long countUsing(UUID tenantId, UUID competencyId);
}
