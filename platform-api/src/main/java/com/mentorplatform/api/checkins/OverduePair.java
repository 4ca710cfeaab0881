package com.mentorplatform.api.checkins;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * An active pair whose overdue spell has not been reminded yet, with the two people to remind.
 *
 * @param daysSinceLast whole days since the last held check-in, or since the pair became active
 */
@MappedEntity
record OverduePair(@Id UUID pairId, UUID mentorId, String mentorName, UUID menteeId, String menteeName,
                   int cadenceDays, int daysSinceLast) {
}
