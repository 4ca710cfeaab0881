package com.mentorplatform.api.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code mentor_profiles}; its competency levels are rows of {@code mentor_profile_competencies}. */
@MappedEntity("mentor_profiles")
record MentorProfileRow(UUID tenantId, @Id UUID personId, String[] languages, @Nullable String timeZone,
                        String[] interests, int hoursPerMonth, @Nullable String bio, String[] declinedTopics,
                        Instant updatedAt) {
}
