package com.mentorplatform.api.roadmaps.milestones;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/milestones/{id}/status}: reaching or dropping needs a note saying what shows it, or why. */
@Serdeable
@Introspected
record MilestoneStatusRequest(@NotNull MilestoneStatus status, @Nullable @Size(max = 2000) String note) {
}
