package com.mentorplatform.api.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code mentee_profiles}; levels, preferred mentors and avoided people are child rows. */
@MappedEntity("mentee_profiles")
record MenteeProfileRow(UUID tenantId, @Id UUID personId, @Nullable UUID targetRoleId, @Nullable String goals,
                        String[] languages, @Nullable String timeZone, String[] interests, String[] topics,
                        Instant updatedAt) {
}
