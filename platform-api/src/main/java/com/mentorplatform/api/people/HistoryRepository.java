package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The append-only people history of one tenant (the app role may not update or delete it). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface HistoryRepository extends GenericRepository<HistoryEntry, UUID> {

    @Query("""
            INSERT INTO people_history (tenant_id, id, person_id, field, old_value, new_value, effective_on, source,
                                        actor_tenant_id, actor_id)
            VALUES (:tenantId, :id, :personId, :field, :oldValue, :newValue, :effectiveOn, :source,
                    :actorTenantId, :actorId)""")
    void insert(UUID tenantId, UUID id, UUID personId, String field, @Nullable String oldValue,
                @Nullable String newValue, LocalDate effectiveOn, String source, @Nullable UUID actorTenantId,
                @Nullable UUID actorId);

    @Query("""
            SELECT tenant_id, id, person_id, field, old_value, new_value, effective_on, source, import_id, actor_id,
                   recorded_at
            FROM people_history
            WHERE tenant_id = :tenantId AND person_id = :personId
            ORDER BY effective_on, recorded_at,
                     array_position(ARRAY['level', 'department', 'job_title', 'manager', 'location', 'status'], field)""")
    List<HistoryEntry> findForPerson(UUID tenantId, UUID personId);
}
