package com.mentorplatform.ui.roadmaps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bite-sized action with an objective, a success metric (from {@code baseline} to {@code target}), a timebox,
 * maybe the milestone it serves, and once closed its result and what was learned.
 */
record Experiment(String id, String roadmapId, String milestoneId, String milestoneTitle, String objective,
        ExperimentKind kind, String successMetric, String baseline, String target, LocalDate startsOn,
        LocalDate endsOn, ExperimentStatus status, String result, String learned, Instant closedAt) {

    /** What the form starts from when the experiment is edited. */
    ExperimentChange asChange() {
        return new ExperimentChange(objective, kind, successMetric, baseline, target, startsOn, endsOn, milestoneId,
                null);
    }

    /** "from 2 to 5", "to 5", "from 2" or "" as the metric's movement reads. */
    String movement() {
        String from = baseline == null || baseline.isBlank() ? "" : "from " + baseline;
        String to = target == null || target.isBlank() ? "" : "to " + target;
        return (from + " " + to).strip();
    }

    /** A saved experiment with the API's warnings about the plan, e.g. more running than the limit. */
    record Saved(Experiment experiment, List<String> warnings) {

        Saved {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }
}
