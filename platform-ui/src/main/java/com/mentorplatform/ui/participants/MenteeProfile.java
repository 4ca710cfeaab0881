package com.mentorplatform.ui.participants;

import java.time.Instant;
import java.util.List;

/**
 * A mentee profile as the API shows it: target role, self-rated levels, goals and the people the mentee would
 * like as mentors (in order) or would rather avoid. {@code updatedAt} null means none was filled in yet.
 */
record MenteeProfile(String personId, String targetRoleId, String targetRoleName, List<RatedCompetency> competencies,
        String goals, List<String> languages, String timeZone, List<String> interests, List<String> topics,
        List<String> preferredMentorIds, List<String> avoidPersonIds, Instant updatedAt) {}
