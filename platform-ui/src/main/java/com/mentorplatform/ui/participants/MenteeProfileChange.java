package com.mentorplatform.ui.participants;

import java.util.List;

/** The whole mentee profile as the form says it should be: the body of {@code PUT .../mentee-profile}. */
record MenteeProfileChange(String targetRoleId, List<CompetencyLevel> competencies, String goals,
        List<String> languages, String timeZone, List<String> interests, List<String> topics,
        List<String> preferredMentorIds, List<String> avoidPersonIds) {}
