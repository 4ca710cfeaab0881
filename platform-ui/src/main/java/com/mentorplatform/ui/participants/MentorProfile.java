package com.mentorplatform.ui.participants;

import java.time.Instant;
import java.util.List;

/** A mentor profile as the API shows it; {@code updatedAt} null means none was filled in yet (all else empty). */
record MentorProfile(String personId, List<RatedCompetency> competencies, List<String> languages, String timeZone,
        List<String> interests, Integer hoursPerMonth, String bio, List<String> declinedTopics, Instant updatedAt) {}
