package com.mentorplatform.api.roadmaps.experiments;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An experiment as the API shows it; both dates of its timebox are inclusive. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExperimentResponse(UUID id, UUID roadmapId, @Nullable UUID milestoneId, @Nullable String milestoneTitle,
                                 String objective, ExperimentKind kind, String successMetric, @Nullable String baseline,
                                 @Nullable String target, LocalDate startsOn, LocalDate endsOn, ExperimentStatus status,
                                 @Nullable String result, @Nullable String learned, @Nullable Instant closedAt) {

    static ExperimentResponse of(ExperimentRow x) {
        return new ExperimentResponse(x.id(), x.roadmapId(), x.milestoneId(), x.milestoneTitle(), x.objective(),
                x.kind(), x.successMetric(), x.baseline(), x.target(), x.startsOn(), x.endsOn(), x.status(),
                x.result(), x.learned(), x.closedAt());
    }
}
