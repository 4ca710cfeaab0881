package com.mentorplatform.api.tenancy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The global tenants table (reference data, not tenant-scoped). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TenantRepository extends GenericRepository<Tenant, UUID> {

    String COLUMNS = "id, slug, name, kind, status, password_login, created_at, deletion_due_at, deleted_at";

    @Query("SELECT " + COLUMNS + " FROM tenants WHERE slug = :slug")
    Optional<Tenant> findBySlug(String slug);

    @Query("SELECT " + COLUMNS + " FROM tenants WHERE id = :id")
    Optional<Tenant> findById(UUID id);

    @Query("SELECT " + COLUMNS + " FROM tenants ORDER BY name, id")
    List<Tenant> findAllOrdered();

    @Query("SELECT status FROM tenants WHERE id = :id")
    Optional<String> statusOf(UUID id);

    @Query("SELECT id, status FROM tenants")
    List<Tenants.Status> statuses();

    /** Makes a customer tenant that is not yet scheduled inactive until its deletion; 0 for any other. */
    @Query("""
            UPDATE tenants SET status = 'DELETION_SCHEDULED', status_before_deletion = status,
                   deletion_requested_at = now(), deletion_requested_by_tenant = :byTenant, deletion_requested_by = :by,
                   deletion_due_at = :dueAt
            WHERE id = :id AND kind = 'CUSTOMER' AND status IN ('ACTIVE', 'SUSPENDED')""")
    int scheduleDeletion(UUID id, Instant dueAt, UUID byTenant, UUID by);

    /** Gives a scheduled tenant back the status it had; 0 when it is not scheduled. */
    @Query("""
            UPDATE tenants SET status = status_before_deletion, status_before_deletion = NULL,
                   deletion_requested_at = NULL, deletion_requested_by_tenant = NULL, deletion_requested_by = NULL,
                   deletion_due_at = NULL
            WHERE id = :id AND status = 'DELETION_SCHEDULED'""")
    int cancelDeletion(UUID id);

    @Query("""
            SELECT id AS tenant_id, deletion_requested_by_tenant AS requested_by_tenant,
                   deletion_requested_by AS requested_by, deletion_due_at AS due_at
            FROM tenants WHERE status = 'DELETION_SCHEDULED' AND deletion_due_at <= now() ORDER BY deletion_due_at, id""")
    List<Tenants.DueDeletion> dueForDeletion();

    @Query("SELECT EXISTS (SELECT 1 FROM tenants)")
    boolean any();

    @Query("INSERT INTO tenants (id, slug, name, kind) VALUES (:id, :slug, :name, :kind)")
    void insert(UUID id, String slug, String name, String kind);
}
