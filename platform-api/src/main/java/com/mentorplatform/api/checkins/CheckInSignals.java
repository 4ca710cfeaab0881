package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * How one pair keeps up with its cohort's check-in cadence, for the mentor's attention list and HR's
 * pair health.
 *
 * @param cadenceDays     the cohort's expected days between check-ins
 * @param lastHeldAt      the latest HELD check-in, null when none was held
 * @param nextScheduledAt the earliest SCHEDULED check-in from now on, null when none is planned
 * @param daysSinceLast   whole days since the last held check-in, or since the pair first became ACTIVE
 *                        when none was held; null for a pair that never became active
 * @param overdue         whether the pair is ACTIVE and {@code daysSinceLast} exceeds the cadence (a paused
 *                        or finished pair is never overdue)
 */
@Serdeable
@MappedEntity
public record CheckInSignals(@Id UUID pairId, int cadenceDays, @Nullable Instant lastHeldAt,
                             @Nullable Instant nextScheduledAt, @Nullable Integer daysSinceLast, boolean overdue) {
}
