package com.mentorplatform.api.digest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Claims the week's digests; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DigestRepository extends GenericRepository<DigestRecipient, UUID> {

    /**
     * Records the week's digest for every programme manager of the tenant who has not left and has not had it yet,
     * and returns them: a week claimed here or by another replica is not claimed again.
     */
    @Query("""
            INSERT INTO weekly_digests (tenant_id, person_id, week_of)
            SELECT a.tenant_id, a.person_id, :weekOf
            FROM accounts a JOIN people p ON p.tenant_id = a.tenant_id AND p.id = a.person_id
            WHERE a.tenant_id = :tenantId AND 'PROGRAMME_MANAGER' = ANY (a.roles) AND p.status = 'ACTIVE'
            ON CONFLICT DO NOTHING
            RETURNING person_id""")
    List<DigestRecipient> claim(UUID tenantId, LocalDate weekOf);
}
