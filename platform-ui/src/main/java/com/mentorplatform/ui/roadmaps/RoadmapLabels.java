package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.ExperimentKind;
import com.mentorplatform.client.model.ExperimentResponse;
import com.mentorplatform.client.model.ExperimentStatus;
import com.mentorplatform.client.model.MilestoneStatus;
import com.mentorplatform.client.model.PaceMeasure;
import com.mentorplatform.client.model.RoadmapStatus;
import com.mentorplatform.client.model.RoadmapSummary;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.html.Span;

/**
 * How the console words a roadmap: milestone columns and moves, experiment statuses, kinds and moves, pace measures,
 * the roadmap's own status. The one place for that text, so a message bundle can take it over; the values are the
 * contract's, and which moves a milestone or an experiment allows comes from the API with each one.
 */
final class RoadmapLabels {

    private RoadmapLabels() {}

    /** A milestone's status as its column on the board is titled. */
    static String status(MilestoneStatus status) {
        return switch (status) {
            case PLANNED -> "Planned";
            case IN_PROGRESS -> "In progress";
            case REACHED -> "Reached";
            case DROPPED -> "Dropped";
        };
    }

    /** The button that moves a milestone to {@code next}. */
    static String move(MilestoneStatus next) {
        return switch (next) {
            case PLANNED -> "Back to planned";
            case IN_PROGRESS -> "Start";
            case REACHED -> "Mark reached";
            case DROPPED -> "Drop";
        };
    }

    /** What the user is told once the milestone titled {@code title} has moved to {@code next}. */
    static String moved(String title, MilestoneStatus next) {
        String quoted = "\"" + title + "\"";
        return switch (next) {
            case PLANNED -> quoted + " is planned again";
            case IN_PROGRESS -> quoted + " is in progress";
            case REACHED -> quoted + " reached";
            case DROPPED -> quoted + " dropped";
        };
    }

    static String status(ExperimentStatus status) {
        return switch (status) {
            case PLANNED -> "Planned";
            case ACTIVE -> "Running";
            case DONE -> "Done";
            case ABANDONED -> "Abandoned";
        };
    }

    static Span badge(ExperimentStatus status) {
        return Badge.of(status(status), switch (status) {
            case PLANNED -> Badge.Tone.NEUTRAL;
            case ACTIVE -> Badge.Tone.SUCCESS;
            case DONE -> Badge.Tone.CONTRAST;
            case ABANDONED -> Badge.Tone.ERROR;
        });
    }

    /** The button that moves an experiment to {@code next}; both ways of closing it share "Close". */
    static String move(ExperimentStatus next) {
        return switch (next) {
            case PLANNED -> "Postpone";
            case ACTIVE -> "Start";
            case DONE, ABANDONED -> "Close";
        };
    }

    /** What the user is told once an experiment has moved to {@code next}. */
    static String moved(ExperimentStatus next) {
        return switch (next) {
            case PLANNED -> "Experiment postponed";
            case ACTIVE -> "Experiment started";
            case DONE, ABANDONED -> "Experiment closed";
        };
    }

    static String kind(ExperimentKind kind) {
        return switch (kind) {
            case PROJECT -> "Small project";
            case TRAINING -> "Targeted training";
            case CROSS_FUNCTIONAL -> "Cross-functional collaboration";
            case STRETCH_ASSIGNMENT -> "Stretch assignment";
            case OTHER -> "Other";
        };
    }

    /** "from 2 to 5", "to 5", "from 2" or "" as the experiment's metric moves. */
    static String movement(ExperimentResponse experiment) {
        String from = isBlank(experiment.getBaseline()) ? "" : "from " + experiment.getBaseline();
        String to = isBlank(experiment.getTarget()) ? "" : "to " + experiment.getTarget();
        return (from + " " + to).strip();
    }

    /** What a pace counts, as a choice reads: "experiments closed". */
    static String measure(PaceMeasure measure) {
        return switch (measure) {
            case EXPERIMENTS_CLOSED -> "experiments closed";
            case MILESTONES_REACHED -> "milestones reached";
            case CHECK_INS_HELD -> "check-ins held";
            case JOURNAL_ENTRIES -> "journal entries";
        };
    }

    /** E.g. "1 experiment closed", "3 experiments closed". */
    static String counted(PaceMeasure measure, int count) {
        return count + " " + (count != 1 ? measure(measure) : switch (measure) {
            case EXPERIMENTS_CLOSED -> "experiment closed";
            case MILESTONES_REACHED -> "milestone reached";
            case CHECK_INS_HELD -> "check-in held";
            case JOURNAL_ENTRIES -> "journal entry";
        });
    }

    /** The roadmap's own status. */
    static Span badge(RoadmapStatus roadmapStatus) {
        return switch (roadmapStatus) {
            case ACTIVE -> Badge.of("Active", Badge.Tone.SUCCESS);
            case ARCHIVED -> Badge.of("Archived", Badge.Tone.CONTRAST);
        };
    }

    /** "Spring 2027 · active" or "Onboarding 2025/26 · archived, started 3 Jan 2026". */
    static String summary(RoadmapSummary summary) {
        return summary.getCohortName() + (Roadmaps.isActive(summary) ? " · active"
                : " · archived, started " + Dates.day(summary.getCreatedAt()));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
