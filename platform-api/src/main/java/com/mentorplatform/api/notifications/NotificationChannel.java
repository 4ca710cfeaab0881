package com.mentorplatform.api.notifications;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * Another way a notification reaches its person (e-mail), told of every notification as it is sent, inside
 * the transaction of the change it reports: what a channel writes commits or rolls back with that change.
 */
public interface NotificationChannel {

    void deliver(UUID tenantId, UUID personId, NotificationKind kind, @Nullable UUID pairId, String message);
}
