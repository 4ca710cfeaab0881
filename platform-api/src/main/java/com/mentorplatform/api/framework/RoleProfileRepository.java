package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Role profiles of one tenant and their requirements; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoleProfileRepository extends GenericRepository<RoleProfile, UUID> {

    String SELECT = "SELECT tenant_id, id, name, family, level, description FROM role_profiles ";
    String SELECT_REQUIREMENTS = """
            SELECT r.role_profile_id, r.competency_id, c.name AS competency_name, r.level
            FROM role_profile_requirements r
            JOIN competencies c ON c.tenant_id = r.tenant_id AND c.id = r.competency_id
            """;

    @Query(SELECT + "WHERE tenant_id = :tenantId AND id = :id")
    Optional<RoleProfile> find(UUID tenantId, UUID id);

    @Query(SELECT + "WHERE tenant_id = :tenantId ORDER BY lower(family), level, lower(name), id")
    List<RoleProfile> list(UUID tenantId);

    @Query(SELECT_REQUIREMENTS + "WHERE r.tenant_id = :tenantId AND r.role_profile_id = :id ORDER BY lower(c.name), c.id")
    List<RequirementRow> requirementsOf(UUID tenantId, UUID id);

    /** Every requirement of the tenant in one query, for the list (no query per profile). */
    @Query(SELECT_REQUIREMENTS + "WHERE r.tenant_id = :tenantId ORDER BY lower(c.name), c.id")
    List<RequirementRow> allRequirements(UUID tenantId);

    @Query("SELECT EXISTS (SELECT 1 FROM role_profiles WHERE tenant_id = :tenantId AND lower(name) = lower(:name) AND id <> :exceptId)")
    boolean nameTaken(UUID tenantId, String name, UUID exceptId);

    @Query("""
            INSERT INTO role_profiles (tenant_id, id, name, family, level, description)
            VALUES (:tenantId, :id, :name, :family, :level, :description)""")
    void insert(UUID tenantId, UUID id, String name, String family, int level, @Nullable String description);

    @Query("""
            UPDATE role_profiles SET name = :name, family = :family, level = :level, description = :description,
                   updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String name, String family, int level, @Nullable String description);

    @Query("DELETE FROM role_profiles WHERE tenant_id = :tenantId AND id = :id")
    void delete(UUID tenantId, UUID id);

    @Query("DELETE FROM role_profile_requirements WHERE tenant_id = :tenantId AND role_profile_id = :id")
    void deleteRequirements(UUID tenantId, UUID id);

    @Query("""
            INSERT INTO role_profile_requirements (tenant_id, role_profile_id, competency_id, level)
            VALUES (:tenantId, :roleProfileId, :competencyId, :level)""")
    void insertRequirement(UUID tenantId, UUID roleProfileId, UUID competencyId, int level);
}
