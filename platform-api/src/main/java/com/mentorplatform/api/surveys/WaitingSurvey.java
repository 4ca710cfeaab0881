package com.mentorplatform.api.surveys;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A survey waiting for the caller: its kind, the period of a QUALITY survey (1 after 60 days, 2 after 120, ...;
 * 0 for the others), the pair it is about with the other person's name and the cohort's.
 */
@Serdeable
@MappedEntity
record WaitingSurvey(@Id UUID id, SurveyKind kind, int period, UUID pairId, String partnerName, String cohortName,
                     Instant createdAt) {
}
