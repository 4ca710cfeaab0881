package com.mentorplatform.api.profiles;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The whole mentor profile, as {@code PUT} writes it (lists left out count as empty).
 * {@code languages} are ISO 639-1 codes, {@code timeZone} an IANA id such as {@code Europe/Berlin};
 * interests and declined topics are free tags, stored trimmed and in lower case.
 */
@Serdeable
@Introspected
record MentorProfileRequest(
        @Nullable @Size(max = 50) List<@NotNull @Valid CompetencyLevel> competencies,
        @Nullable @Size(max = 10) List<@NotNull String> languages,
        @Nullable @Size(max = 64) String timeZone,
        @Nullable @Size(max = 30) List<@NotNull String> interests,
        @NotNull @Min(0) @Max(80) Integer hoursPerMonth,
        @Nullable @Size(max = 1000) String bio,
        @Nullable @Size(max = 30) List<@NotNull String> declinedTopics) {
}
