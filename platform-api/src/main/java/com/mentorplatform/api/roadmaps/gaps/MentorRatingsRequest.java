package com.mentorplatform.api.roadmaps.gaps;

import com.mentorplatform.api.profiles.CompetencyLevel;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code PUT /api/roadmaps/{id}/mentor-ratings}: the mentor's level (1–5) in some competencies. */
@Serdeable
@Introspected
record MentorRatingsRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid CompetencyLevel> ratings) {
}
