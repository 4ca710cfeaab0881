package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Competencies of one tenant; every query names the tenant (row-level security checks it again). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CompetencyRepository extends GenericRepository<Competency, UUID> {

    String SELECT = """
            SELECT tenant_id, id, name, category, description, level1, level2, level3, level4, level5
            FROM competencies
            """;

    @Query(SELECT + "WHERE tenant_id = :tenantId AND id = :id")
    Optional<Competency> find(UUID tenantId, UUID id);

    @Query(SELECT + "WHERE tenant_id = :tenantId ORDER BY lower(category), lower(name), id")
    List<Competency> list(UUID tenantId);

    @Query(SELECT + "WHERE tenant_id = :tenantId AND id IN (:ids)")
    List<Competency> findAll(UUID tenantId, Collection<UUID> ids);

    @Query("SELECT EXISTS (SELECT 1 FROM competencies WHERE tenant_id = :tenantId AND lower(name) = lower(:name) AND id <> :exceptId)")
    boolean nameTaken(UUID tenantId, String name, UUID exceptId);

    @Query("SELECT count(*) FROM role_profile_requirements WHERE tenant_id = :tenantId AND competency_id = :id")
    long roleProfilesUsing(UUID tenantId, UUID id);

    @Query("""
            INSERT INTO competencies (tenant_id, id, name, category, description, level1, level2, level3, level4, level5)
            VALUES (:tenantId, :id, :name, :category, :description, :level1, :level2, :level3, :level4, :level5)""")
    void insert(UUID tenantId, UUID id, String name, String category, @Nullable String description,
                String level1, String level2, String level3, String level4, String level5);

    @Query("""
            UPDATE competencies SET name = :name, category = :category, description = :description,
                   level1 = :level1, level2 = :level2, level3 = :level3, level4 = :level4, level5 = :level5,
                   updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String name, String category, @Nullable String description,
                String level1, String level2, String level3, String level4, String level5);

    @Query("DELETE FROM competencies WHERE tenant_id = :tenantId AND id = :id")
    void delete(UUID tenantId, UUID id);
}
