package com.mentorplatform.api.promotioncase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two reads of a promotion case that no other feature offers inside a transaction, both read-only over
 * other features' tables and naming the tenant: the mentee's job title, department and organisation (people
 * and tenancy have no such read), and the roadmap's competency levels (the roadmaps feature computes them for
 * its own gaps route only).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseSourceRepository extends GenericRepository<CaseSourceRepository.Mentee, UUID> {

    /** Where the mentee works. */
    @MappedEntity
    record Mentee(@Id UUID id, @Nullable String jobTitle, @Nullable String department, String tenantName) {
    }

    @Query("""
            SELECT p.id, p.job_title, p.department, t.name AS tenant_name
            FROM people p JOIN tenants t ON t.id = p.tenant_id
            WHERE p.tenant_id = :tenantId AND p.id = :personId""")
    Optional<Mentee> mentee(UUID tenantId, UUID personId);
}
