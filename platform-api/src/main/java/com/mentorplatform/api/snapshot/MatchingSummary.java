package com.mentorplatform.api.snapshot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** What coarsened exact matching kept for a filter: participant strata, those without comparison people, and their participations. */
@MappedEntity
public record MatchingSummary(@Id int participations, int strata, int strataDropped, int participantsDropped,
                              int comparisonPeople) {
}
