package com.mentorplatform.api.checkins;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * How a pair keeps its cohort's check-in cadence.
 *
 * @param daysSinceLast whole days since the last held check-in or, when none was held, since the pair
 *                      became active (null when it never was)
 * @param overdue       whether an active pair has gone longer than {@code cadenceDays} without a held check-in
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CadenceResponse(int cadenceDays, @Nullable Instant lastHeldAt, @Nullable Instant nextScheduledAt,
                       @Nullable Instant startedAt, @Nullable Long daysSinceLast, boolean overdue) {
}
