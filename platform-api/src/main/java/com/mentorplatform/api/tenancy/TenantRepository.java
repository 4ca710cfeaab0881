package com.mentorplatform.api.tenancy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The global tenants table (reference data, not tenant-scoped). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TenantRepository extends GenericRepository<Tenant, UUID> {

    @Query("SELECT id, slug, name, kind, status, password_login, created_at FROM tenants WHERE slug = :slug")
    Optional<Tenant> findBySlug(String slug);

    @Query("SELECT id, slug, name, kind, status, password_login, created_at FROM tenants WHERE id = :id")
    Optional<Tenant> findById(UUID id);

    @Query("SELECT id, slug, name, kind, status, password_login, created_at FROM tenants ORDER BY name, id")
    List<Tenant> findAllOrdered();

    @Query("SELECT EXISTS (SELECT 1 FROM tenants)")
    boolean any();

    @Query("INSERT INTO tenants (id, slug, name, kind) VALUES (:id, :slug, :name, :kind)")
    void insert(UUID id, String slug, String name, String kind);
}
