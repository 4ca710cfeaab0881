package com.mentorplatform.api.analytics;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * Survey answers of the whole tenant, counted in SQL; every query names the tenant. Scope filters apply after
 * suppression (in {@link SurveyAnalytics}), so that what is hidden never depends on what was asked.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SurveyRepository extends GenericRepository<SurveyRows.Cohort, UUID> {

    @Query("""
            SELECT c.id AS cohort_id, c.name AS cohort_name, c.programme_id,
                   count(*) FILTER (WHERE a.kind = 'FIT') AS fit_answers,
                   count(*) FILTER (WHERE a.kind = 'FIT' AND a.good_fit) AS fit_yes,
                   count(*) FILTER (WHERE a.kind = 'QUALITY') AS quality_answers,
                   coalesce(CAST(sum((a.progress + a.openness + a.time_use) / 3.0) FILTER (WHERE a.kind = 'QUALITY')
                       AS float8), 0) AS quality_sum,
                   count(*) FILTER (WHERE a.kind = 'END') AS end_answers,
                   count(*) FILTER (WHERE a.kind = 'END' AND a.recommend >= :promoter) AS promoters,
                   count(*) FILTER (WHERE a.kind = 'END' AND a.recommend <= :detractor) AS detractors
            FROM cohorts c
            JOIN survey_answers a ON a.tenant_id = c.tenant_id AND a.cohort_id = c.id
            WHERE c.tenant_id = :tenantId AND a.tenant_id = :tenantId
            GROUP BY c.id, c.name, c.programme_id, c.starts_on
            ORDER BY c.starts_on DESC, lower(c.name), c.id""")
    List<SurveyRows.Cohort> cohorts(UUID tenantId, int promoter, int detractor);

    @Query("""
            SELECT coalesce(a.score_band, -1) AS band, count(*) AS answers, count(*) FILTER (WHERE a.good_fit) AS yes
            FROM survey_answers a
            WHERE a.tenant_id = :tenantId AND a.kind = 'FIT'
            GROUP BY band ORDER BY band""")
    List<SurveyRows.Band> fitBands(UUID tenantId);

    /**
     * Comments of the cohorts given, in an order that follows neither time nor person (a hash of the answer's
     * key), at most {@code limit}.
     */
    @Query("""
            SELECT a.cohort_id, a.kind, a.comment
            FROM survey_answers a
            WHERE a.tenant_id = :tenantId AND a.comment IS NOT NULL
              AND a.cohort_id = ANY (CAST(:cohortIds AS uuid[]))
            ORDER BY md5(CAST(a.invitation_id AS text))
            LIMIT :limit""")
    List<SurveyRows.Comment> comments(UUID tenantId, String[] cohortIds, int limit);
}
