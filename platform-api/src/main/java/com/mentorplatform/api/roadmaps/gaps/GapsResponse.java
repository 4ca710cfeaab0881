package com.mentorplatform.api.roadmaps.gaps;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.analytics.roadmaps.GapAnalysis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * A roadmap's gap analysis: each competency largest gap first, and up to three competencies proposed
 * as milestone candidates. {@code currentLevel} is the mentor's rating when given, else the mentee's own.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record GapsResponse(@Nullable UUID targetRoleId, @Nullable String targetRoleName,
                           List<CompetencyGap> competencies, List<UUID> candidates) {

    /** One competency of the analysis; a level nobody gave is null, and counts as 0. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CompetencyGap(UUID competencyId, String name, String category, @Nullable Integer requiredLevel,
                                @Nullable Integer selfLevel, @Nullable Integer mentorLevel,
                                @Nullable Integer baselineLevel, int currentLevel, int gap) {

        static CompetencyGap of(GapAnalysis.CompetencyGap g) {
            return new CompetencyGap(g.competencyId(), g.name(), g.category(), g.required(), g.self(), g.mentor(),
                    g.baseline(), g.current(), g.gap());
        }
    }

    static GapsResponse of(@Nullable UUID targetRoleId, @Nullable String targetRoleName, GapAnalysis.Result result) {
        return new GapsResponse(targetRoleId, targetRoleName,
                result.competencies().stream().map(CompetencyGap::of).toList(), result.candidates());
    }
}
