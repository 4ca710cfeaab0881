package com.mentorplatform.api.roadmaps.plans;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The body of {@code POST /api/roadmaps}: a new roadmap of the caller for a cohort they are a mentee in. */
@Serdeable
@Introspected
record CreateRoadmapRequest(@NotNull UUID cohortId,
                                   @NotBlank @Size(max = 2000) String aspiration,
                                   @Nullable @Size(max = 2000) String whyItMatters,
                                   @Nullable @Size(max = 2000) String successLooksLike,
                                   @NotNull @Min(1) @Max(120) Integer horizonMonths,
                                   @Nullable UUID targetRoleId) {

    VisionRequest vision() {
        return new VisionRequest(aspiration, whyItMatters, successLooksLike, horizonMonths, targetRoleId);
    }
}
