package com.mentorplatform.ui.checkins;

import java.time.Instant;

/**
 * How the pair keeps its cohort's cadence; {@code daysSinceLast} counts from the last held check-in or, before
 * the first, from the day the pair started.
 */
record Cadence(int cadenceDays, Instant lastHeldAt, Instant nextScheduledAt, Instant startedAt, Long daysSinceLast,
        boolean overdue) {
}
