package com.mentorplatform.api.roadmaps.experiments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An experiment as the API shows it; both dates of its timebox are inclusive.
 *
 * @param allowedTransitions the statuses the caller may move it to next by {@code POST /api/experiments/{id}/status},
 *        by the API's own rule: computed for the caller, so only the mentee of an active roadmap gets any (none
 *        once done or abandoned), and clients never copy the rule
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExperimentResponse(UUID id, UUID roadmapId, @Nullable UUID milestoneId, @Nullable String milestoneTitle,
                                 String objective, ExperimentKind kind, String successMetric, @Nullable String baseline,
                                 @Nullable String target, LocalDate startsOn, LocalDate endsOn, ExperimentStatus status,
                                 @Nullable String result, @Nullable String learned, @Nullable Instant closedAt,
                                 List<ExperimentStatus> allowedTransitions) {

    /** The experiment as the caller who opened {@code roadmap} sees it. */
    static ExperimentResponse of(ExperimentRow x, OpenRoadmap roadmap) {
        return new ExperimentResponse(x.id(), x.roadmapId(), x.milestoneId(), x.milestoneTitle(), x.objective(),
                x.kind(), x.successMetric(), x.baseline(), x.target(), x.startsOn(), x.endsOn(), x.status(),
                x.result(), x.learned(), x.closedAt(), x.status().allowedNextFor(roadmap));
    }
}
