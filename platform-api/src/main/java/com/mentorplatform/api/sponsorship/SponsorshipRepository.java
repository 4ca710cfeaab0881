package com.mentorplatform.api.sponsorship;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sponsorship flags of one tenant with their names; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SponsorshipRepository extends GenericRepository<SponsorshipFlag, UUID> {

    String SELECT_FLAG = """
            SELECT f.id, f.pair_id, p.cohort_id, c.name AS cohort_name, f.mentee_id, me.display_name AS mentee_name,
                   f.flagged_by AS mentor_id, mr.display_name AS mentor_name, f.kind, f.note, f.created_at,
                   f.withdrawn_at
            FROM sponsorship_flags f
            JOIN pairs p ON p.tenant_id = f.tenant_id AND p.id = f.pair_id
            JOIN cohorts c ON c.tenant_id = p.tenant_id AND c.id = p.cohort_id
            JOIN people me ON me.tenant_id = f.tenant_id AND me.id = f.mentee_id
            JOIN people mr ON mr.tenant_id = f.tenant_id AND mr.id = f.flagged_by
            """;

    @Query(SELECT_FLAG + "WHERE f.tenant_id = :tenantId AND f.id = :id")
    Optional<SponsorshipFlag> find(UUID tenantId, UUID id);

    /** Locks the flag, so withdrawals take turns. */
    @Query(SELECT_FLAG + "WHERE f.tenant_id = :tenantId AND f.id = :id FOR UPDATE OF f")
    Optional<SponsorshipFlag> lock(UUID tenantId, UUID id);

    @Query(SELECT_FLAG + "WHERE f.tenant_id = :tenantId AND f.pair_id = :pairId ORDER BY f.created_at DESC, f.id DESC")
    List<SponsorshipFlag> ofPair(UUID tenantId, UUID pairId);

    @Query(SELECT_FLAG + """
            WHERE f.tenant_id = :tenantId AND f.pair_id = ANY (CAST(:pairIds AS uuid[])) AND f.withdrawn_at IS NULL
            ORDER BY f.created_at DESC, f.id DESC""")
    List<SponsorshipFlag> openOfPairs(UUID tenantId, String[] pairIds);

    /** One page newest first, open flags served by sponsorship_flags_open. */
    @Query(SELECT_FLAG + """
            WHERE f.tenant_id = :tenantId
              AND (CAST(:cohortId AS uuid) IS NULL OR p.cohort_id = :cohortId)
              AND (NOT :openOnly OR f.withdrawn_at IS NULL)
              AND (CAST(:afterCreatedAt AS timestamptz) IS NULL OR (f.created_at, f.id) < (:afterCreatedAt, :afterId))
            ORDER BY f.created_at DESC, f.id DESC
            LIMIT :limit""")
    List<SponsorshipFlag> page(UUID tenantId, @Nullable UUID cohortId, boolean openOnly,
                               @Nullable Instant afterCreatedAt, @Nullable UUID afterId, int limit);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM sponsorship_flags
                           WHERE tenant_id = :tenantId AND pair_id = :pairId AND kind = :kind AND withdrawn_at IS NULL)""")
    boolean isOpen(UUID tenantId, UUID pairId, String kind);

    @Query("""
            INSERT INTO sponsorship_flags (tenant_id, id, pair_id, mentee_id, flagged_by, kind, note)
            VALUES (:tenantId, :id, :pairId, :menteeId, :flaggedBy, :kind, :note)""")
    void insert(UUID tenantId, UUID id, UUID pairId, UUID menteeId, UUID flaggedBy, String kind, String note);

    @Query("UPDATE sponsorship_flags SET withdrawn_at = now() WHERE tenant_id = :tenantId AND id = :id")
    void withdraw(UUID tenantId, UUID id);
}
