package com.mentorplatform.api.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Notifications of one tenant; every query names the tenant and the recipient. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationRepository extends GenericRepository<Notification, UUID> {

    @Query("""
            INSERT INTO notifications (tenant_id, id, person_id, kind, pair_id, message)
            VALUES (:tenantId, :id, :personId, :kind, :pairId, :message)""")
    void insert(UUID tenantId, UUID id, UUID personId, String kind, @Nullable UUID pairId, String message);

    @Query("""
            SELECT id, kind, pair_id, message, created_at, read_at FROM notifications
            WHERE tenant_id = :tenantId AND person_id = :personId
              AND (CAST(:unreadOnly AS boolean) = false OR read_at IS NULL)
            ORDER BY created_at DESC, id DESC LIMIT :limit""")
    List<Notification> latest(UUID tenantId, UUID personId, boolean unreadOnly, int limit);

    /** Marks one of the person's notifications read; 0 when it is not theirs or does not exist. */
    @Query("""
            UPDATE notifications SET read_at = coalesce(read_at, now())
            WHERE tenant_id = :tenantId AND person_id = :personId AND id = :id""")
    long markRead(UUID tenantId, UUID personId, UUID id);

    @Query("""
            UPDATE notifications SET read_at = coalesce(read_at, now())
            WHERE tenant_id = :tenantId AND kind = ANY (CAST(:kinds AS text[]))""")
    void markAllRead(UUID tenantId, String[] kinds);
}
