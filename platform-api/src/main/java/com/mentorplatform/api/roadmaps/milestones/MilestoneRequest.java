package com.mentorplatform.api.roadmaps.milestones;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/roadmaps/{id}/milestones}, and the document a {@code PATCH} is merged
 * into. {@code competencyIds} left out means none.
 */
@Serdeable
@Introspected
record MilestoneRequest(@NotBlank @Size(max = 200) String title,
                               @Nullable @Size(max = 20) List<@NotNull UUID> competencyIds,
                               @Nullable @Size(max = 2000) String minimumExperience,
                               @Nullable @Size(max = 2000) String expectedOutcomes,
                               @NotBlank @Size(max = 2000) String criteria,
                               @NotNull LocalDate dueOn,
                               @Nullable UUID calendarEventId,
                               @Nullable @Size(max = 2000) String alternativeRoutes) {

    static MilestoneRequest of(MilestoneRow m) {
        return new MilestoneRequest(m.title(), 
                MilestoneChecks.sorted(List.of(m.competencyIds()).stream().map(UUID::fromString).toList()),
                m.minimumExperience(), m.expectedOutcomes(), m.criteria(), m.dueOn(), m.calendarEventId(),
                m.alternativeRoutes());
    }
}
