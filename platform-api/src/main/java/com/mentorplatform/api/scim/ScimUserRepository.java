package com.mentorplatform.api.scim;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The directory as SCIM reads it: each person with their manager's name and the SCIM link (external id,
 * employee number), in one statement per page, users an identity provider deleted left out. It only reads
 * {@code people}; every change to a person goes through the people service. It writes the SCIM link.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScimUserRepository extends GenericRepository<ScimUserRow, UUID> {

    String SELECT_USER = """
            SELECT p.tenant_id, p.id, p.email, p.display_name, p.department, p.location, p.job_title, p.level,
                   p.manager_id, m.display_name AS manager_name, p.hired_on, p.left_on, p.created_at, p.updated_at,
                   s.external_id, s.employee_number
            FROM people p
            LEFT JOIN people m ON m.tenant_id = p.tenant_id AND m.id = p.manager_id
            LEFT JOIN scim_users s ON s.tenant_id = p.tenant_id AND s.person_id = p.id
            WHERE p.tenant_id = :tenantId AND s.deleted_at IS NULL
            """;

    @Query(SELECT_USER + "AND p.id = :id")
    Optional<ScimUserRow> find(UUID tenantId, UUID id);

    /** userName is the e-mail, compared without case as SCIM's userName is; the unique e-mail index serves it. */
    @Query(SELECT_USER + "AND lower(p.email) = lower(:userName)")
    List<ScimUserRow> byUserName(UUID tenantId, String userName);

    @Query(SELECT_USER + "AND s.external_id = :externalId")
    List<ScimUserRow> byExternalId(UUID tenantId, String externalId);

    /**
     * SCIM pages by position (startIndex is 1-based); ordered by id, so the primary key's index walks to the
     * offset without sorting, and a page is one statement however many users it holds.
     */
    @Query(SELECT_USER + "ORDER BY p.id OFFSET :offset LIMIT :limit")
    List<ScimUserRow> page(UUID tenantId, long offset, int limit);

    @Query("""
            SELECT count(*) FROM people p
            WHERE p.tenant_id = :tenantId
              AND NOT EXISTS (SELECT 1 FROM scim_users s WHERE s.tenant_id = p.tenant_id AND s.person_id = p.id
                                                          AND s.deleted_at IS NOT NULL)""")
    long count(UUID tenantId);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM scim_users
                           WHERE tenant_id = :tenantId AND external_id = :externalId AND person_id <> :personId)""")
    boolean externalIdTaken(UUID tenantId, String externalId, UUID personId);

    @Query("""
            INSERT INTO scim_users (tenant_id, person_id, external_id, employee_number)
            VALUES (:tenantId, :personId, :externalId, :employeeNumber)
            ON CONFLICT (tenant_id, person_id)
            DO UPDATE SET external_id = EXCLUDED.external_id, employee_number = EXCLUDED.employee_number""")
    void link(UUID tenantId, UUID personId, @Nullable String externalId, @Nullable String employeeNumber);

    @Query("UPDATE scim_users SET deleted_at = now() WHERE tenant_id = :tenantId AND person_id = :personId")
    void markDeleted(UUID tenantId, UUID personId);
}
