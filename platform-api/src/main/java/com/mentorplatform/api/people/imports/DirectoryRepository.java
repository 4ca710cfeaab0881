package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.people.DirectoryLock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The directory as an import reads and writes it, set-based: the rows an import changes are first
 * copied into temporary tables of its transaction ({@code import_people}, {@code import_history}),
 * then moved into the tenant tables here, where row-level security applies as everywhere.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DirectoryRepository extends GenericRepository<ExistingPerson, UUID> {

    /** Holds the directory against single edits until the transaction ends (see {@link DirectoryLock}). */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + DirectoryLock.SPACE + ", hashtext(CAST(:tenantId AS text)))) l")
    int lockForImport(UUID tenantId);

    @Query("""
            SELECT id, email, display_name, department, location, job_title, level, manager_id, hired_on, left_on,
                   language, time_zone
            FROM people WHERE tenant_id = :tenantId""")
    List<ExistingPerson> everyone(UUID tenantId);

    @Query("""
            INSERT INTO people (tenant_id, id, email, display_name, department, location, job_title, level, manager_id,
                                hired_on, left_on, language, time_zone)
            SELECT :tenantId, id, email, display_name, department, location, job_title, level, manager_id,
                   hired_on, left_on, language, time_zone
            FROM import_people WHERE is_new""")
    int insertNew(UUID tenantId);

    @Query("""
            UPDATE people p
            SET email = r.email, display_name = r.display_name, department = r.department, location = r.location,
                job_title = r.job_title, level = r.level, manager_id = r.manager_id, hired_on = r.hired_on,
                left_on = r.left_on,
                language = CASE WHEN :setsLanguage THEN r.language ELSE p.language END,
                time_zone = CASE WHEN :setsTimeZone THEN r.time_zone ELSE p.time_zone END,
                updated_at = now()
            FROM import_people r
            WHERE p.tenant_id = :tenantId AND p.id = r.id AND NOT r.is_new""")
    int updateChanged(UUID tenantId, boolean setsLanguage, boolean setsTimeZone);

    @Query("""
            INSERT INTO people_history (tenant_id, id, person_id, field, old_value, new_value, effective_on, source,
                                        import_id, actor_tenant_id, actor_id)
            SELECT :tenantId, id, person_id, field, old_value, new_value, :effectiveOn, 'IMPORT', :importId,
                   :actorTenantId, :actorId
            FROM import_history""")
    int insertHistory(UUID tenantId, LocalDate effectiveOn, UUID importId, @Nullable UUID actorTenantId,
                      @Nullable UUID actorId);
}
