package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** The times one pair's cadence is judged on, read in one query. */
@MappedEntity
record CadenceFacts(@Id UUID pairId, int cadenceDays, @Nullable Instant lastHeldAt, @Nullable Instant nextScheduledAt,
                    @Nullable Instant startedAt) {
}
