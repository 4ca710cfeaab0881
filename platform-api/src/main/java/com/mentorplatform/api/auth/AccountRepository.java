package com.mentorplatform.api.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** Accounts of one tenant (roles are stored as text[] and travel as a comma-separated list). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRepository extends GenericRepository<Account, UUID> {

    String SELECT_ACCOUNT = """
            SELECT a.tenant_id, a.person_id, a.password_hash, array_to_string(a.roles, ',') AS roles, p.status
            FROM accounts a JOIN people p ON p.tenant_id = a.tenant_id AND p.id = a.person_id
            """;

    @Query(SELECT_ACCOUNT + "WHERE a.tenant_id = :tenantId AND lower(p.email) = lower(:email)")
    Optional<Account> findByEmail(UUID tenantId, String email);

    /** A person still with the company (not a leaver) who has this e-mail, whether or not they have a login. */
    @Query("SELECT id FROM people WHERE tenant_id = :tenantId AND lower(email) = lower(:email) AND status = 'ACTIVE'")
    Optional<UUID> activePersonWithEmail(UUID tenantId, String email);

    @Query("UPDATE accounts SET roles = string_to_array(:roles, ',') WHERE tenant_id = :tenantId AND person_id = :personId")
    void updateRoles(UUID tenantId, UUID personId, String roles);

    @Query(SELECT_ACCOUNT + "WHERE a.tenant_id = :tenantId AND a.person_id = :personId")
    Optional<Account> findByPerson(UUID tenantId, UUID personId);

    @Query("""
            INSERT INTO accounts (tenant_id, person_id, password_hash, roles)
            VALUES (:tenantId, :personId, :passwordHash, string_to_array(:roles, ','))""")
    void insert(UUID tenantId, UUID personId, String passwordHash, String roles);

    @Query("""
            SELECT p.id, p.tenant_id, t.name AS tenant_name, p.display_name, p.email
            FROM people p JOIN tenants t ON t.id = p.tenant_id
            WHERE p.tenant_id = :tenantId AND p.id = :personId""")
    Optional<MeResponse.Row> me(UUID tenantId, UUID personId);
}
