package com.mentorplatform.api.roadmaps.experiments;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The body of {@code POST /api/roadmaps/{id}/experiments} (status PLANNED when left out, or ACTIVE),
 * and the document a {@code PATCH} is merged into (where the status is not changed).
 */
@Serdeable
@Introspected
record ExperimentRequest(@NotBlank @Size(max = 1000) String objective,
                                @NotNull ExperimentKind kind,
                                @NotBlank @Size(max = 500) String successMetric,
                                @Nullable @Size(max = 200) String baseline,
                                @Nullable @Size(max = 200) String target,
                                @NotNull LocalDate startsOn,
                                @NotNull LocalDate endsOn,
                                @Nullable UUID milestoneId,
                                @Nullable @Schema(type = "string") ExperimentStatus status) {

    /** The experiment's plan as a patch document: every field but the status. */
    static ExperimentRequest of(ExperimentRow x) {
        return new ExperimentRequest(x.objective(), x.kind(), x.successMetric(), x.baseline(), x.target(), x.startsOn(),
                x.endsOn(), x.milestoneId(), null);
    }
}
