package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.MilestoneResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A milestone as the form says it should be: the body of a create, or of an update (a merge patch of every field). */
record MilestoneChange(String title, List<String> competencyIds, String minimumExperience, String expectedOutcomes,
        String criteria, LocalDate dueOn, String calendarEventId, String alternativeRoutes) {

    /** What the form starts from when {@code milestone} is edited. */
    static MilestoneChange of(MilestoneResponse milestone) {
        return new MilestoneChange(milestone.getTitle(),
                milestone.getCompetencyIds().stream().map(UUID::toString).toList(), milestone.getMinimumExperience(),
                milestone.getExpectedOutcomes(), milestone.getCriteria(), milestone.getDueOn(),
                milestone.getCalendarEventId() == null ? null : milestone.getCalendarEventId().toString(),
                milestone.getAlternativeRoutes());
    }
}
