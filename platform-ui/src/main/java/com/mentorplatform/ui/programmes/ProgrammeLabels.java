package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.CohortStatus;
import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.client.model.ProgrammeType;
import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Span;

/**
 * How the console words programmes' and cohorts' statuses and types, and their badges, coloured the same on every
 * screen: the one place for that text, so a message bundle can take it over. The values are the contract's; which
 * statuses an object may be given next comes from the API with each programme and cohort.
 */
public final class ProgrammeLabels {

    private ProgrammeLabels() {}

    public static String status(ProgrammeStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case ACTIVE -> "Active";
            case CLOSED -> "Closed";
        };
    }

    public static String status(CohortStatus status) {
        return switch (status) {
            case PLANNED -> "Planned";
            case ENROLLING -> "Enrolling";
            case RUNNING -> "Running";
            case FINISHED -> "Finished";
        };
    }

    /** The button that gives a cohort {@code next} as its status. */
    public static String move(CohortStatus next) {
        return switch (next) {
            case PLANNED -> "Back to planning";
            case ENROLLING -> "Open enrolment";
            case RUNNING -> "Start cohort";
            case FINISHED -> "Finish cohort";
        };
    }

    public static String type(ProgrammeType type) {
        return switch (type) {
            case ONE_TO_ONE -> "One-to-one";
            case GROUP -> "Group";
        };
    }

    public static Span badge(ProgrammeStatus status) {
        return Badge.of(status(status), switch (status) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case ACTIVE -> Badge.Tone.SUCCESS;
            case CLOSED -> Badge.Tone.CONTRAST;
        });
    }

    public static Span badge(CohortStatus status) {
        return Badge.of(status(status), switch (status) {
            case PLANNED, ENROLLING -> Badge.Tone.NEUTRAL;
            case RUNNING -> Badge.Tone.SUCCESS;
            case FINISHED -> Badge.Tone.CONTRAST;
        });
    }
}
