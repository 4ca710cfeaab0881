package com.mentorplatform.api.auth.company;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's identity provider, its spent states and hand-off codes; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CompanySignInRepository extends GenericRepository<CompanyProvider, UUID> {

    @Query("""
            SELECT c.tenant_id, t.slug, c.issuer, c.client_id, c.client_secret_sealed, t.email_domains,
                   t.password_login, c.updated_at
            FROM company_sign_in c JOIN tenants t ON t.id = c.tenant_id
            WHERE c.tenant_id = :tenantId""")
    Optional<CompanyProvider> find(UUID tenantId);

    @Query("""
            INSERT INTO company_sign_in (tenant_id, issuer, client_id, client_secret_sealed, updated_by)
            VALUES (:tenantId, :issuer, :clientId, :clientSecretSealed, :updatedBy)
            ON CONFLICT (tenant_id) DO UPDATE
            SET issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
                client_secret_sealed = EXCLUDED.client_secret_sealed, updated_by = EXCLUDED.updated_by,
                updated_at = now()""")
    void save(UUID tenantId, String issuer, String clientId, byte[] clientSecretSealed, UUID updatedBy);

    @Query("DELETE FROM company_sign_in WHERE tenant_id = :tenantId")
    void delete(UUID tenantId);

    @Query("UPDATE tenants SET password_login = :passwordLogin, email_domains = CAST(:emailDomains AS text[])"
            + " WHERE id = :tenantId")
    void updateTenant(UUID tenantId, boolean passwordLogin, String[] emailDomains);

    /** The tenant an e-mail domain leads to; the domains are the one routing read made before any tenant. */
    @Query("SELECT slug FROM tenants WHERE :domain = ANY (email_domains) AND status = 'ACTIVE'")
    Optional<String> slugForDomain(String domain);

    /** Spends a state; false when it was spent before (a replay). Also forgets the tenant's states of yesterday. */
    @Query("""
            WITH forgotten AS (
                DELETE FROM company_sign_in_states
                WHERE tenant_id = :tenantId AND spent_at < now() - interval '1 day')
            INSERT INTO company_sign_in_states (tenant_id, state_id) VALUES (:tenantId, :stateId)
            ON CONFLICT DO NOTHING""")
    int spendState(UUID tenantId, String stateId);

    @Query("""
            INSERT INTO company_sign_in_handoffs (tenant_id, code_hash, person_id, expires_at)
            VALUES (:tenantId, :codeHash, :personId, :expiresAt)""")
    void insertHandoff(UUID tenantId, byte[] codeHash, UUID personId, Instant expiresAt);

    /** Spends a live hand-off code once and names its person; a second use, or a late one, finds nothing. */
    @Query("""
            WITH spent AS (
                UPDATE company_sign_in_handoffs SET spent_at = now()
                WHERE tenant_id = :tenantId AND code_hash = :codeHash AND spent_at IS NULL AND expires_at > now()
                RETURNING person_id)
            SELECT person_id FROM spent""")
    List<UUID> spendHandoff(UUID tenantId, byte[] codeHash);
}
