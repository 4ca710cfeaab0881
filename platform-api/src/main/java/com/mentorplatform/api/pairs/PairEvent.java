package com.mentorplatform.api.pairs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One status change of a pair: who, when, from what to what, and why. */
@Serdeable
@MappedEntity("pair_events")
record PairEvent(@Id UUID id, Instant occurredAt, @Nullable UUID actorId,
                 @Nullable @Schema(type = "string") PairStatus fromStatus,
                 PairStatus toStatus, @Nullable String reason, @Nullable String note) {
}
