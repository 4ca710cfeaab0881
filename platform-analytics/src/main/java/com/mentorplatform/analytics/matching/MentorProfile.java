package com.mentorplatform.analytics.matching;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What matching needs to know about one enrolled mentor.
 *
 * @param personId          the person's id in the tenant's directory; also the mentor's id in results
 * @param department        department name, for cross-functional exposure
 * @param level             career level (grade) as a number, higher is more senior
 * @param competencyLevels  competency name → the mentor's level in it
 * @param languages         languages the mentor can mentor in
 * @param workingHours      the mentor's working day
 * @param interests         free-form interests (hobbies, communities, topics of curiosity)
 * @param capacity          how many mentees the mentor takes in this cohort, 1–5
 * @param hoursPerMonth     hours a month the mentor can give to mentoring
 * @param avoidPersonIds    people the mentor must not be paired with
 * @param declinedTopics    topics the mentor declines to mentor on
 */
public record MentorProfile(
        String personId,
        String department,
        int level,
        Map<String, Integer> competencyLevels,
        Set<String> languages,
        WorkingHours workingHours,
        Set<String> interests,
        int capacity,
        int hoursPerMonth,
        Set<String> avoidPersonIds,
        Set<String> declinedTopics) {

    /** Largest capacity a mentor may declare. */
    public static final int MAX_CAPACITY = 5;

    public MentorProfile {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(workingHours, "workingHours");
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("mentor capacity must be 1–" + MAX_CAPACITY + ": " + capacity);
        }
        if (hoursPerMonth < 0) {
            throw new IllegalArgumentException("hoursPerMonth must not be negative");
        }
        department = department == null ? "" : department;
        competencyLevels = Map.copyOf(competencyLevels);
        languages = Set.copyOf(languages);
        interests = Set.copyOf(interests);
        avoidPersonIds = Set.copyOf(avoidPersonIds);
        declinedTopics = Set.copyOf(declinedTopics);
    }
}
