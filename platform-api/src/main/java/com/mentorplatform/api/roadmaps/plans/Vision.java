package com.mentorplatform.api.roadmaps.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** Where the mentee wants to go, why, what success looks like, in how many months, and the target role. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Vision(String aspiration, @Nullable String whyItMatters, @Nullable String successLooksLike,
                     int horizonMonths, @Nullable UUID targetRoleId, @Nullable String targetRoleName) {

    static Vision of(RoadmapRow r) {
        return new Vision(r.aspiration(), r.whyItMatters(), r.successLooksLike(), r.horizonMonths(), r.targetRoleId(),
                r.targetRoleName());
    }
}
