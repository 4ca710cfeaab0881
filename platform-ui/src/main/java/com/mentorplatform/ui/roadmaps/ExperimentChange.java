package com.mentorplatform.ui.roadmaps;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.client.model.ExperimentKind;
import com.mentorplatform.client.model.ExperimentResponse;
import com.mentorplatform.client.model.ExperimentStatus;
import java.time.LocalDate;

/**
 * An experiment as the form says it should be: the body of a create (which may start it right away with
 * {@code status} ACTIVE), or of an update (a merge patch of every field but the status, which is left out).
 */
record ExperimentChange(String objective, ExperimentKind kind, String successMetric, String baseline, String target,
        LocalDate startsOn, LocalDate endsOn, String milestoneId,
        @JsonInclude(JsonInclude.Include.NON_NULL) ExperimentStatus status) {

    /** What the form starts from when {@code experiment} is edited. */
    static ExperimentChange of(ExperimentResponse experiment) {
        return new ExperimentChange(experiment.getObjective(), experiment.getKind(), experiment.getSuccessMetric(),
                experiment.getBaseline(), experiment.getTarget(), experiment.getStartsOn(), experiment.getEndsOn(),
                experiment.getMilestoneId() == null ? null : experiment.getMilestoneId().toString(), null);
    }
}
