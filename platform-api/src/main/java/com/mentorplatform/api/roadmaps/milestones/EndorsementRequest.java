package com.mentorplatform.api.roadmaps.milestones;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/milestones/{id}/endorsement}: sending back needs a comment. */
@Serdeable
@Introspected
record EndorsementRequest(@NotNull Endorsement decision, @Nullable @Size(max = 2000) String comment) {
}
