package com.mentorplatform.ui.roadmaps;

import java.time.LocalDate;
import java.util.List;

/** A milestone as the form says it should be: the body of a create, or of an update (a merge patch of every field). */
record MilestoneChange(String title, List<String> competencyIds, String minimumExperience, String expectedOutcomes,
        String criteria, LocalDate dueOn, String calendarEventId, String alternativeRoutes) {}
