package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agreed actions of check-ins, with their owners' names; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckInActionRepository extends GenericRepository<CheckInAction, UUID> {

    String SELECT_ACTION = """
            SELECT a.id, a.check_in_id, a.description, a.owner_id, p.display_name AS owner_name, a.due_on, a.done_at,
                   a.created_at
            FROM check_in_actions a JOIN people p ON p.tenant_id = a.tenant_id AND p.id = a.owner_id
            """;

    @Query(SELECT_ACTION + "WHERE a.tenant_id = :tenantId AND a.id = :id")
    Optional<CheckInAction> find(UUID tenantId, UUID id);

    /** The actions of these check-ins, in the order they were agreed. */
    @Query(SELECT_ACTION + "WHERE a.tenant_id = :tenantId AND a.check_in_id IN (:checkInIds) ORDER BY a.created_at, a.id")
    List<CheckInAction> ofCheckIns(UUID tenantId, Collection<UUID> checkInIds);

    /** Actions not yet done from the pair's check-ins that were not cancelled, soonest due first. */
    @Query(SELECT_ACTION + """
            JOIN check_ins c ON c.tenant_id = a.tenant_id AND c.id = a.check_in_id
            WHERE a.tenant_id = :tenantId AND c.pair_id = :pairId AND c.status <> 'CANCELLED' AND a.done_at IS NULL
            ORDER BY a.due_on NULLS LAST, a.created_at, a.id""")
    List<CheckInAction> openOfPair(UUID tenantId, UUID pairId);

    /** Stamped with the clock, not the transaction's start, so actions agreed together keep their order. */
    @Query("""
            INSERT INTO check_in_actions (tenant_id, id, check_in_id, description, owner_id, due_on, created_at)
            VALUES (:tenantId, :id, :checkInId, :description, :ownerId, :dueOn, clock_timestamp())""")
    void insert(UUID tenantId, UUID id, UUID checkInId, String description, UUID ownerId, @Nullable LocalDate dueOn);

    @Query("""
            UPDATE check_in_actions SET description = :description, owner_id = :ownerId, due_on = :dueOn,
                   done_at = :doneAt
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String description, UUID ownerId, @Nullable LocalDate dueOn,
                @Nullable Instant doneAt);
}
