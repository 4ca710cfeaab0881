package com.mentorplatform.api.journal;

import com.mentorplatform.api.workspace.Link;
import com.mentorplatform.api.workspace.LinkRows;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Journal entries of one tenant and their links; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface JournalRepository extends GenericRepository<JournalRow, UUID>, LinkRows {

    String COLUMNS = "tenant_id, id, mentee_id, entry_on, title, body, shared, created_at, updated_at";

    @Query("SELECT " + COLUMNS + ", NULL AS rank, NULL AS snippet FROM journal_entries WHERE tenant_id = :tenantId AND id = :id")
    Optional<JournalRow> find(UUID tenantId, UUID id);

    /**
     * One page of a mentee's entries, newest first by date; only shared ones when {@code sharedOnly}, and
     * only those last changed by {@code changedBy} when given.
     */
    @Query("SELECT " + COLUMNS + """
            , NULL AS rank, NULL AS snippet FROM journal_entries
            WHERE tenant_id = :tenantId AND mentee_id = :menteeId AND (shared OR NOT :sharedOnly)
              AND (CAST(:changedBy AS timestamptz) IS NULL OR updated_at <= CAST(:changedBy AS timestamptz))
              AND (CAST(:afterOn AS date) IS NULL OR (entry_on, id) < (CAST(:afterOn AS date), CAST(:afterId AS uuid)))
            ORDER BY entry_on DESC, id DESC
            LIMIT :limit""")
    List<JournalRow> page(UUID tenantId, UUID menteeId, boolean sharedOnly, @Nullable Instant changedBy,
                          @Nullable LocalDate afterOn, @Nullable UUID afterId, int limit);

    /**
     * The author's own entries matching a web-search style query ({@code "exact phrase" -not or}), best
     * first, each with a snippet of its body whose matches are marked; the body is HTML-escaped first so
     * the snippet is safe to show as HTML.
     */
    @Query("SELECT " + COLUMNS + """
            , ts_rank(search, q) AS rank,
              ts_headline('simple', replace(replace(replace(body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), q,
                          'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
                  AS snippet
            FROM journal_entries, websearch_to_tsquery('simple', :query) AS q
            WHERE tenant_id = :tenantId AND mentee_id = :menteeId AND search @@ q
              AND (CAST(:afterRank AS real) IS NULL
                   OR (ts_rank(search, q), entry_on, id) < (CAST(:afterRank AS real), CAST(:afterOn AS date), CAST(:afterId AS uuid)))
            ORDER BY rank DESC, entry_on DESC, id DESC
            LIMIT :limit""")
    List<JournalRow> search(UUID tenantId, UUID menteeId, String query, @Nullable Float afterRank,
                            @Nullable LocalDate afterOn, @Nullable UUID afterId, int limit);

    @Query("""
            INSERT INTO journal_entries (tenant_id, id, mentee_id, entry_on, title, body, shared)
            VALUES (:tenantId, :id, :menteeId, :entryOn, :title, :body, :shared)""")
    void insert(UUID tenantId, UUID id, UUID menteeId, LocalDate entryOn, String title, String body, boolean shared);

    @Query("""
            UPDATE journal_entries SET entry_on = :entryOn, title = :title, body = :body, shared = :shared, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, LocalDate entryOn, String title, String body, boolean shared);

    @Query("DELETE FROM journal_entries WHERE tenant_id = :tenantId AND id = :id")
    void delete(UUID tenantId, UUID id);

    @Query("""
            SELECT entry_id AS owner_id, competency_id AS target_id FROM journal_entry_competencies
            WHERE tenant_id = :tenantId AND entry_id IN (:entryIds)""")
    List<Link> competencyLinks(UUID tenantId, Collection<UUID> entryIds);

    @Query("""
            SELECT entry_id AS owner_id, milestone_id AS target_id FROM journal_entry_milestones
            WHERE tenant_id = :tenantId AND entry_id IN (:entryIds) ORDER BY milestone_id""")
    List<Link> milestoneLinks(UUID tenantId, Collection<UUID> entryIds);

    @Query("DELETE FROM journal_entry_competencies WHERE tenant_id = :tenantId AND entry_id = :entryId")
    void unlinkCompetencies(UUID tenantId, UUID entryId);

    @Query("DELETE FROM journal_entry_milestones WHERE tenant_id = :tenantId AND entry_id = :entryId")
    void unlinkMilestones(UUID tenantId, UUID entryId);

    @Query("""
            INSERT INTO journal_entry_competencies (tenant_id, entry_id, competency_id)
            SELECT :tenantId, :entryId, unnest(CAST(:competencyIds AS uuid[]))""")
    void linkCompetencies(UUID tenantId, UUID entryId, String[] competencyIds);

    @Query("""
            INSERT INTO journal_entry_milestones (tenant_id, entry_id, milestone_id)
            SELECT :tenantId, :entryId, unnest(CAST(:milestoneIds AS uuid[]))""")
    void linkMilestones(UUID tenantId, UUID entryId, String[] milestoneIds);

    /** Entries per mentee dated within [from, to], and how many of them are shared. */
    @Query("""
            SELECT p.mentee_id, count(j.id) AS entries, count(j.id) FILTER (WHERE j.shared) AS shared_entries
            FROM unnest(CAST(:menteeIds AS uuid[])) AS p(mentee_id)
            LEFT JOIN journal_entries j ON j.tenant_id = :tenantId AND j.mentee_id = p.mentee_id
                 AND j.entry_on BETWEEN :from AND :to
            GROUP BY p.mentee_id""")
    List<JournalActivity> activity(UUID tenantId, String[] menteeIds, LocalDate from, LocalDate to);

    @Query("SELECT count(*) FROM journal_entry_competencies WHERE tenant_id = :tenantId AND competency_id = :competencyId")
    long countUsing(UUID tenantId, UUID competencyId);
}
