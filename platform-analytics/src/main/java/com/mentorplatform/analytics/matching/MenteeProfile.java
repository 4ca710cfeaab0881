package com.mentorplatform.analytics.matching;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What matching needs to know about one enrolled mentee.
 *
 * @param personId             the person's id in the tenant's directory; also the mentee's id in results
 * @param department           department name
 * @param level                career level (grade) as a number, higher is more senior
 * @param currentLevels        competency name → the mentee's current level
 * @param targetRoleLevels     competency name → level the mentee's target role requires; the gaps
 *                             are the differences to {@code currentLevels} (missing counts as 0)
 * @param languages            languages the mentee can be mentored in
 * @param workingHours         the mentee's working day
 * @param interests            free-form interests
 * @param preferredMentorIds   up to three mentors the mentee asked for, most wanted first
 * @param avoidPersonIds       people the mentee must not be paired with
 * @param reportingChain       person ids above the mentee, own manager first, up to the top
 * @param topics               topics the mentee wants to work on; a mentor who declined any of them
 *                             is never proposed
 */
public record MenteeProfile(
        String personId,
        String department,
        int level,
        Map<String, Integer> currentLevels,
        Map<String, Integer> targetRoleLevels,
        Set<String> languages,
        WorkingHours workingHours,
        Set<String> interests,
        List<String> preferredMentorIds,
        Set<String> avoidPersonIds,
        List<String> reportingChain,
        Set<String> topics) {

    /** How many preferred mentors a mentee may name. */
    public static final int MAX_PREFERENCES = 3;

    public MenteeProfile {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(workingHours, "workingHours");
        if (preferredMentorIds.size() > MAX_PREFERENCES) {
            throw new IllegalArgumentException("at most " + MAX_PREFERENCES + " preferred mentors");
        }
        department = department == null ? "" : department;
        currentLevels = Map.copyOf(currentLevels);
        targetRoleLevels = Map.copyOf(targetRoleLevels);
        languages = Set.copyOf(languages);
        interests = Set.copyOf(interests);
        preferredMentorIds = List.copyOf(preferredMentorIds);
        avoidPersonIds = Set.copyOf(avoidPersonIds);
        reportingChain = List.copyOf(reportingChain);
        topics = Set.copyOf(topics);
    }
}
