package com.mentorplatform.api.roadmaps.history;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of {@code POST /api/roadmaps/{id}/reviews}: the day of the review, what changed and why. */
@Serdeable
@Introspected
record ReviewRequest(@NotNull LocalDate reviewedOn, @NotBlank @Size(max = 2000) String summary,
                            @NotBlank @Size(max = 2000) String why) {
}
