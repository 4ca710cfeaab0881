package com.mentorplatform.api.roadmaps.experiments;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/experiments/{id}/status}: closing (DONE or ABANDONED) needs the result and what was learned. */
@Serdeable
@Introspected
record ExperimentStatusRequest(@NotNull ExperimentStatus status, @Nullable @Size(max = 2000) String result,
                                      @Nullable @Size(max = 2000) String learned) {
}
