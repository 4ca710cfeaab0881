package com.mentorplatform.api.journal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * How much one mentee wrote in their journal over a period: all entries (private ones included, as a
 * number only) and those shared with the mentor.
 */
@MappedEntity
record JournalActivity(@Id UUID menteeId, int entries, int sharedEntries) {
}
