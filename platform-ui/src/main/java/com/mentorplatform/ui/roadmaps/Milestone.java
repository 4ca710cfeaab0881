package com.mentorplatform.ui.roadmaps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A step of the roadmap: the competencies it develops, what it needs and brings, the criteria to call it
 * reached, a due date (maybe aligned to a calendar event), alternative routes, its status, and the mentor's
 * endorsement once reached. {@code onTime} is null until reached; {@code overdue} is for open ones past due.
 */
record Milestone(String id, String roadmapId, int position, String title, List<String> competencyIds,
        List<String> competencyNames, String minimumExperience, String expectedOutcomes, String criteria,
        LocalDate dueOn, String calendarEventId, String calendarEventName, String alternativeRoutes,
        MilestoneStatus status, Instant startedAt, Instant reachedAt, Instant droppedAt, String reachedNote,
        Boolean onTime, boolean overdue, Endorsement endorsement, String endorsedBy, String endorsedByName,
        Instant endorsedAt, String endorsementComment) {

    Milestone {
        competencyIds = competencyIds == null ? List.of() : List.copyOf(competencyIds);
        competencyNames = competencyNames == null ? List.of() : List.copyOf(competencyNames);
    }

    /** What the form starts from when the milestone is edited. */
    MilestoneChange asChange() {
        return new MilestoneChange(title, competencyIds, minimumExperience, expectedOutcomes, criteria, dueOn,
                calendarEventId, alternativeRoutes);
    }

    /** The mentor's answer to "reached". */
    enum Endorsement {
        ENDORSED,
        SENT_BACK
    }
}
