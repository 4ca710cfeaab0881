package com.mentorplatform.api.oversight;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The pairs the oversight views show, read in one query each; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OversightRepository extends GenericRepository<OverseenPair, UUID> {

    String SELECT_PAIR = """
            SELECT x.id, x.status, x.cohort_id, c.name AS cohort_name, x.mentor_id, mr.display_name AS mentor_name,
                   x.mentee_id, me.display_name AS mentee_name
            FROM pairs x
            JOIN cohorts c ON c.tenant_id = x.tenant_id AND c.id = x.cohort_id
            JOIN people mr ON mr.tenant_id = x.tenant_id AND mr.id = x.mentor_id
            JOIN people me ON me.tenant_id = x.tenant_id AND me.id = x.mentee_id
            """;

    /** The mentor's pairs that started (a proposed pair opens no workspace yet). */
    @Query(SELECT_PAIR + """
            WHERE x.tenant_id = :tenantId AND x.mentor_id = :mentorId AND x.status <> 'PROPOSED'
            ORDER BY lower(me.display_name), x.id""")
    List<OverseenPair> ofMentor(UUID tenantId, UUID mentorId);

    @Query(SELECT_PAIR + """
            WHERE x.tenant_id = :tenantId AND x.cohort_id = :cohortId
            ORDER BY lower(me.display_name), x.id
            LIMIT :limit""")
    List<OverseenPair> ofCohort(UUID tenantId, UUID cohortId, int limit);

    /** The tenant's active pairs, across its cohorts. */
    @Query(SELECT_PAIR + """
            WHERE x.tenant_id = :tenantId AND x.status = 'ACTIVE'
            ORDER BY c.name, lower(me.display_name), x.id
            LIMIT :limit""")
    List<OverseenPair> active(UUID tenantId, int limit);
}
