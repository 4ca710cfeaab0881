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

/** A roadmap's vision as {@code PATCH /api/roadmaps/{id}} merges into it: the horizon in months, 1–120. */
@Serdeable
@Introspected
record VisionRequest(@NotBlank @Size(max = 2000) String aspiration,
                            @Nullable @Size(max = 2000) String whyItMatters,
                            @Nullable @Size(max = 2000) String successLooksLike,
                            @NotNull @Min(1) @Max(120) Integer horizonMonths,
                            @Nullable UUID targetRoleId) {

    static VisionRequest of(Vision v) {
        return new VisionRequest(v.aspiration(), v.whyItMatters(), v.successLooksLike(), v.horizonMonths(),
                v.targetRoleId());
    }
}
