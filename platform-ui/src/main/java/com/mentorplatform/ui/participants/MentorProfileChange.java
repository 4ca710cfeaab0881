package com.mentorplatform.ui.participants;

import java.util.List;

/** The whole mentor profile as the form says it should be: the body of {@code PUT .../mentor-profile}. */
record MentorProfileChange(List<CompetencyLevel> competencies, List<String> languages, String timeZone,
        List<String> interests, Integer hoursPerMonth, String bio, List<String> declinedTopics) {}
