package com.mentorplatform.api.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A notification as its recipient sees it; {@code readAt} is null until they mark it read. */
@Serdeable
@MappedEntity("notifications")
record Notification(@Id UUID id, NotificationKind kind, @Nullable UUID pairId, String message, Instant createdAt,
                           @Nullable Instant readAt) {
}
