package com.mentorplatform.api.snapshot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The counts behind every leader figure of one breakdown group (or the total, dimension {@code total}): sums
 * over the group's participations, so any rate is one count over another.
 *
 * @param key              the group's value: a programme or cohort id, a department, location, level band
 *                         index or start year; empty for "not recorded"
 * @param paired           participations whose pair started (the early-ending rate's whole)
 * @param matched          participations in an open or completed pair (the match rate's part)
 * @param expectedCheckIns check-ins the cadence asked for over the days the group's pairs were active
 */
@MappedEntity
public record GroupFigures(@Id String key, String dimension, int participants, int paired, int matched, int endedEarly,
                           int milestones, int milestonesReached, int reachedOnTime, int checkInsHeld,
                           double expectedCheckIns, int pairDays, int journalEntries, int promotionEligible,
                           int promoted) {
}
