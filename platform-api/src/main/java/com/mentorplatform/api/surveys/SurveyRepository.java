package com.mentorplatform.api.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Survey invitations and answers of one tenant; every query names the tenant. Inviting is idempotent (the
 * invitations' unique key): each invite query answers only the invitations it really added, so a person is
 * told once.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SurveyRepository extends GenericRepository<WaitingSurvey, UUID> {

    /**
     * The tenant's pairs that were ever ACTIVE, with their people's and cohort's names and when they first
     * became active; a narrowing condition may follow.
     */
    String EVER_ACTIVE = """
            SELECT x.id, x.mentor_id, x.mentee_id, c.name AS cohort_name, mr.display_name AS mentor_name,
                   me.display_name AS mentee_name, f.first_active
            FROM pairs x
            JOIN cohorts c ON c.tenant_id = x.tenant_id AND c.id = x.cohort_id
            JOIN people mr ON mr.tenant_id = x.tenant_id AND mr.id = x.mentor_id
            JOIN people me ON me.tenant_id = x.tenant_id AND me.id = x.mentee_id
            CROSS JOIN LATERAL (
                SELECT min(e.occurred_at) AS first_active FROM pair_events e
                WHERE e.tenant_id = :tenantId AND e.pair_id = x.id AND e.to_status = 'ACTIVE') f
            WHERE x.tenant_id = :tenantId AND f.first_active IS NOT NULL
            """;

    /**
     * Closes a {@code due} CTE (pairs with a period) and invites both people of each pair to the survey
     * {@code :kind}, answering only the invitations really added. A QUALITY period below 1 is not due yet.
     */
    String INVITE_BOTH = """
            ), added AS (
                INSERT INTO survey_invitations (tenant_id, id, pair_id, person_id, kind, period)
                SELECT :tenantId, gen_random_uuid(), d.id, who.person_id, CAST(:kind AS text), d.period
                FROM due d CROSS JOIN LATERAL (VALUES (d.mentor_id), (d.mentee_id)) who (person_id)
                WHERE d.period >= CASE WHEN CAST(:kind AS text) = 'QUALITY' THEN 1 ELSE 0 END
                ON CONFLICT DO NOTHING
                RETURNING id, pair_id, person_id, kind)
            SELECT a.id, a.person_id, a.pair_id, a.kind, d.cohort_name,
                   CASE WHEN a.person_id = d.mentor_id THEN d.mentee_name ELSE d.mentor_name END AS partner_name
            FROM added a JOIN due d ON d.id = a.pair_id""";

    /** Invites both people of the pair to the FIT or END survey (period 0), once, if the pair was ever active. */
    @Query("WITH due AS (SELECT p.*, 0 AS period FROM (" + EVER_ACTIVE + " AND x.id = :pairId) p" + INVITE_BOTH)
    List<Invited> inviteOnce(UUID tenantId, UUID pairId, String kind);

    /**
     * Invites both people of every ACTIVE pair to the QUALITY survey of the period it is in now: period n
     * from n times {@code periodDays} after the pair first became active.
     */
    @Query("WITH due AS (SELECT p.*, CAST(floor(extract(epoch FROM now() - p.first_active) / (86400.0 * :periodDays))"
            + " AS integer) AS period FROM (" + EVER_ACTIVE + " AND x.status = 'ACTIVE') p" + INVITE_BOTH)
    List<Invited> inviteQualityDue(UUID tenantId, int periodDays, String kind);

    /** The person's unanswered surveys, oldest first. */
    @Query("""
            SELECT i.id, i.kind, i.period, i.pair_id, o.display_name AS partner_name, c.name AS cohort_name,
                   i.created_at
            FROM survey_invitations i
            JOIN pairs x ON x.tenant_id = i.tenant_id AND x.id = i.pair_id
            JOIN cohorts c ON c.tenant_id = x.tenant_id AND c.id = x.cohort_id
            JOIN people o ON o.tenant_id = x.tenant_id
                         AND o.id = CASE WHEN x.mentor_id = i.person_id THEN x.mentee_id ELSE x.mentor_id END
            WHERE i.tenant_id = :tenantId AND i.person_id = :personId AND i.answered_at IS NULL
            ORDER BY i.created_at, i.id""")
    List<WaitingSurvey> waiting(UUID tenantId, UUID personId);

    /** The person's own invitation, locked; empty when it is someone else's or does not exist. */
    @Query("""
            SELECT i.id, i.kind, i.period, i.pair_id, x.cohort_id,
                   CASE WHEN x.mentor_id = i.person_id THEN 'MENTOR' ELSE 'MENTEE' END AS respondent_role,
                   CASE WHEN x.score IS NULL THEN NULL
                        ELSE width_bucket(CAST(x.score AS float8), CAST(:bounds AS float8[])) END AS score_band,
                   i.answered_at
            FROM survey_invitations i
            JOIN pairs x ON x.tenant_id = i.tenant_id AND x.id = i.pair_id
            WHERE i.tenant_id = :tenantId AND i.id = :id AND i.person_id = :personId
            FOR UPDATE OF i""")
    Optional<Answerable> lockOwn(UUID tenantId, UUID personId, UUID id, String[] bounds);

    @Query("""
            INSERT INTO survey_answers (tenant_id, invitation_id, pair_id, cohort_id, kind, respondent_role,
                                        score_band, good_fit, progress, openness, time_use, recommend, comment)
            VALUES (:tenantId, :invitationId, :pairId, :cohortId, :kind, :respondentRole, :scoreBand, :goodFit,
                    :progress, :openness, :timeUse, :recommend, :comment)""")
    void insertAnswer(UUID tenantId, UUID invitationId, UUID pairId, UUID cohortId, String kind, String respondentRole,
                      @Nullable Integer scoreBand, @Nullable Boolean goodFit, @Nullable Integer progress,
                      @Nullable Integer openness, @Nullable Integer timeUse, @Nullable Integer recommend,
                      @Nullable String comment);

    @Query("UPDATE survey_invitations SET answered_at = now() WHERE tenant_id = :tenantId AND id = :id")
    void markAnswered(UUID tenantId, UUID id);
}
