package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code check_ins}, read with the name of the person who created it. */
@MappedEntity("check_ins")
record CheckIn(UUID tenantId, @Id UUID id, UUID pairId, CheckInStatus status, Instant occursAt,
               @Nullable Integer durationMinutes, @Nullable String agenda, @Nullable String sharedNotes,
               @Nullable String feedbackObservation, @Nullable String feedbackImpact,
               @Nullable String feedbackSuggestion, @Nullable Integer progressRating, UUID createdBy,
               String createdByName, Instant createdAt, Instant updatedAt) {

    @Nullable
    Feedback feedback() {
        return new Feedback(feedbackObservation, feedbackImpact, feedbackSuggestion).normalised();
    }
}
