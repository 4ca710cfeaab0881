package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People of one tenant; every query names the tenant (row-level security checks it again). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends GenericRepository<Person, UUID> {

    String SELECT_PERSON = """
            SELECT p.tenant_id, p.id, p.email, p.display_name, p.department, p.location, p.job_title, p.level,
                   p.manager_id, m.display_name AS manager_name, p.hired_on, p.left_on, p.status,
                   p.language, p.time_zone
            FROM people p
            LEFT JOIN people m ON m.tenant_id = p.tenant_id AND m.id = p.manager_id
            """;

    @Query(SELECT_PERSON + "WHERE p.tenant_id = :tenantId AND p.id = :id")
    Optional<Person> find(UUID tenantId, UUID id);

    /**
     * One page of the whole directory in (lower(display_name), id) order after the keyset position (the
     * first page starts after the empty name); no optional filters, so one plan serves every page (see
     * {@code TenantScope.readReusingPlans}). Served by the (tenant_id, lower(display_name), id) index.
     */
    @Query(SELECT_PERSON + """
            WHERE p.tenant_id = :tenantId
              AND (lower(p.display_name), p.id) > (lower(:afterName), :afterId)
            ORDER BY lower(p.display_name), p.id
            LIMIT :limit""")
    List<Person> page(UUID tenantId, String afterName, UUID afterId, int limit);

    /**
     * As {@link #page}, narrowed by department and/or a search pattern; served by the
     * (tenant_id, lower(display_name), id) and (tenant_id, department, ...) indexes.
     */
    @Query(SELECT_PERSON + """
            WHERE p.tenant_id = :tenantId
              AND (CAST(:department AS text) IS NULL OR p.department = :department)
              AND (CAST(:pattern AS text) IS NULL OR lower(p.display_name) LIKE :pattern OR lower(p.email) LIKE :pattern)
              AND (lower(p.display_name), p.id) > (lower(:afterName), :afterId)
            ORDER BY lower(p.display_name), p.id
            LIMIT :limit""")
    List<Person> search(UUID tenantId, @Nullable String department, @Nullable String pattern,
                        String afterName, UUID afterId, int limit);

    @Query("SELECT count(*) FROM people WHERE tenant_id = :tenantId AND id IN (:ids)")
    long countExisting(UUID tenantId, Collection<UUID> ids);

    @Query("SELECT DISTINCT department FROM people WHERE tenant_id = :tenantId AND department IS NOT NULL ORDER BY department")
    List<String> departments(UUID tenantId);

    @Query("SELECT DISTINCT location FROM people WHERE tenant_id = :tenantId AND location IS NOT NULL ORDER BY location")
    List<String> locations(UUID tenantId);

    @Query("SELECT EXISTS (SELECT 1 FROM people WHERE tenant_id = :tenantId AND lower(email) = lower(:email) AND id <> :exceptId)")
    boolean emailTaken(UUID tenantId, String email, UUID exceptId);

    /** Whether {@code personId} appears in the management chain above {@code managerId} (or is it). */
    @Query("""
            WITH RECURSIVE chain(id, manager_id) AS (
                SELECT id, manager_id FROM people WHERE tenant_id = :tenantId AND id = :managerId
                UNION
                SELECT p.id, p.manager_id FROM people p JOIN chain c ON p.tenant_id = :tenantId AND p.id = c.manager_id
            )
            SELECT EXISTS (SELECT 1 FROM chain WHERE id = :personId)""")
    boolean isInChainAbove(UUID tenantId, UUID managerId, UUID personId);

    /**
     * Waits while an import of this tenant is being applied (it holds the same key exclusively), so
     * an edit never interleaves with an import's diff (see {@link DirectoryLock}) and the history stays exact. Transaction-scoped.
     */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(" + DirectoryLock.SPACE + ", hashtext(CAST(:tenantId AS text)))) l")
    int lockForEdit(UUID tenantId);

    @Query("""
            INSERT INTO people (tenant_id, id, email, display_name, department, location, job_title, level,
                                manager_id, hired_on, left_on)
            VALUES (:tenantId, :id, :email, :displayName, :department, :location, :jobTitle, :level,
                    :managerId, :hiredOn, :leftOn)""")
    void insert(UUID tenantId, UUID id, String email, String displayName, @Nullable String department,
                @Nullable String location, @Nullable String jobTitle, @Nullable Integer level,
                @Nullable UUID managerId, @Nullable LocalDate hiredOn, @Nullable LocalDate leftOn);

    @Query("""
            UPDATE people SET email = :email, display_name = :displayName, department = :department,
                   location = :location, job_title = :jobTitle, level = :level, manager_id = :managerId,
                   hired_on = :hiredOn, left_on = :leftOn, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String email, String displayName, @Nullable String department,
                @Nullable String location, @Nullable String jobTitle, @Nullable Integer level,
                @Nullable UUID managerId, @Nullable LocalDate hiredOn, @Nullable LocalDate leftOn);
}
