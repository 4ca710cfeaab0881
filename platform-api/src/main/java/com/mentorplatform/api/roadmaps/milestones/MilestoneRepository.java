package com.mentorplatform.api.roadmaps.milestones;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Milestones of one tenant and their competencies; every query names the tenant. Reads join the
 * names of the competencies, calendar event and endorsing mentor they point at (read-only joins: the
 * framework, calendar and people features offer no lookup of many names inside a transaction).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MilestoneRepository extends GenericRepository<MilestoneRow, UUID> {

    String SELECT = """
            SELECT m.id, m.roadmap_id, m.position, m.title,
                   CAST(ARRAY(SELECT mc.competency_id FROM milestone_competencies mc
                              JOIN competencies c ON c.tenant_id = mc.tenant_id AND c.id = mc.competency_id
                              WHERE mc.tenant_id = m.tenant_id AND mc.milestone_id = m.id
                              ORDER BY lower(c.name), c.id) AS text[]) AS competency_ids,
                   ARRAY(SELECT c.name FROM milestone_competencies mc
                         JOIN competencies c ON c.tenant_id = mc.tenant_id AND c.id = mc.competency_id
                         WHERE mc.tenant_id = m.tenant_id AND mc.milestone_id = m.id
                         ORDER BY lower(c.name), c.id) AS competency_names,
                   m.minimum_experience, m.expected_outcomes, m.criteria, m.due_on, m.calendar_event_id,
                   e.name AS calendar_event_name, m.alternative_routes, m.status, m.started_at, m.reached_at,
                   m.dropped_at, m.reached_note, m.endorsement, m.endorsed_by, p.display_name AS endorsed_by_name,
                   m.endorsed_at, m.endorsement_comment
            FROM milestones m
            LEFT JOIN calendar_events e ON e.tenant_id = m.tenant_id AND e.id = m.calendar_event_id
            LEFT JOIN people p ON p.tenant_id = m.tenant_id AND p.id = m.endorsed_by
            """;

    @Query(SELECT + "WHERE m.tenant_id = :tenantId AND m.id = :id")
    Optional<MilestoneRow> find(UUID tenantId, UUID id);

    @Query(SELECT + "WHERE m.tenant_id = :tenantId AND m.roadmap_id = :roadmapId ORDER BY m.position, m.id")
    List<MilestoneRow> ofRoadmap(UUID tenantId, UUID roadmapId);

    @Query("SELECT roadmap_id FROM milestones WHERE tenant_id = :tenantId AND id = :id")
    Optional<UUID> roadmapOf(UUID tenantId, UUID id);

    @Query("SELECT title FROM milestones WHERE tenant_id = :tenantId AND roadmap_id = :roadmapId AND id = :id")
    Optional<String> titleOn(UUID tenantId, UUID roadmapId, UUID id);

    @Query("SELECT count(*) FROM milestones WHERE tenant_id = :tenantId AND roadmap_id = :roadmapId")
    int countOn(UUID tenantId, UUID roadmapId);

    /** Whether the calendar event exists in the tenant (the calendar offers no lookup inside a transaction). */
    @Query("SELECT EXISTS (SELECT 1 FROM calendar_events WHERE tenant_id = :tenantId AND id = :id)")
    boolean calendarEventExists(UUID tenantId, UUID id);

    /** A new milestone after the roadmap's last one (the caller holds the roadmap's lock). */
    @Query("""
            INSERT INTO milestones (tenant_id, id, roadmap_id, position, title, minimum_experience, expected_outcomes,
                                    criteria, due_on, calendar_event_id, alternative_routes)
            VALUES (:tenantId, :id, :roadmapId,
                    (SELECT COALESCE(max(position), 0) + 1 FROM milestones WHERE tenant_id = :tenantId AND roadmap_id = :roadmapId),
                    :title, :minimumExperience, :expectedOutcomes, :criteria, :dueOn, :calendarEventId, :alternativeRoutes)""")
    void insert(UUID tenantId, UUID id, UUID roadmapId, String title, @Nullable String minimumExperience,
                @Nullable String expectedOutcomes, String criteria, LocalDate dueOn, @Nullable UUID calendarEventId,
                @Nullable String alternativeRoutes);

    @Query("""
            UPDATE milestones SET title = :title, minimum_experience = :minimumExperience,
                   expected_outcomes = :expectedOutcomes, criteria = :criteria, due_on = :dueOn,
                   calendar_event_id = :calendarEventId, alternative_routes = :alternativeRoutes, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String title, @Nullable String minimumExperience,
                @Nullable String expectedOutcomes, String criteria, LocalDate dueOn, @Nullable UUID calendarEventId,
                @Nullable String alternativeRoutes);

    @Query("DELETE FROM milestone_competencies WHERE tenant_id = :tenantId AND milestone_id = :milestoneId")
    void deleteCompetencies(UUID tenantId, UUID milestoneId);

    @Query("""
            INSERT INTO milestone_competencies (tenant_id, milestone_id, competency_id)
            SELECT :tenantId, :milestoneId, unnest(CAST(:competencyIds AS uuid[]))""")
    void insertCompetencies(UUID tenantId, UUID milestoneId, String[] competencyIds);

    @Query("""
            UPDATE milestones SET status = :status, started_at = :startedAt, reached_at = :reachedAt,
                   dropped_at = :droppedAt, reached_note = :reachedNote, endorsement = :endorsement,
                   endorsed_by = :endorsedBy, endorsed_at = :endorsedAt, endorsement_comment = :endorsementComment,
                   updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void updateProgress(UUID tenantId, UUID id, String status, @Nullable Instant startedAt, @Nullable Instant reachedAt,
                        @Nullable Instant droppedAt, @Nullable String reachedNote, @Nullable String endorsement,
                        @Nullable UUID endorsedBy, @Nullable Instant endorsedAt, @Nullable String endorsementComment);
}
