package com.mentorplatform.api.profiles;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * The whole mentee profile, as {@code PUT} writes it (lists left out count as empty).
 * {@code competencies} are self-rated levels; {@code topics} are what the mentee wants to work on
 * (matching never proposes a mentor who declined one of them); {@code preferredMentorIds} is in
 * order of preference.
 */
@Serdeable
@Introspected
record MenteeProfileRequest(
        @Nullable UUID targetRoleId,
        @Nullable @Size(max = 50) List<@NotNull @Valid CompetencyLevel> competencies,
        @Nullable @Size(max = 4000) String goals,
        @Nullable @Size(max = 10) List<@NotNull String> languages,
        @Nullable @Size(max = 64) String timeZone,
        @Nullable @Size(max = 30) List<@NotNull String> interests,
        @Nullable @Size(max = 30) List<@NotNull String> topics,
        @Nullable @Size(max = 3) List<@NotNull UUID> preferredMentorIds,
        @Nullable @Size(max = 50) List<@NotNull UUID> avoidPersonIds) {
}
