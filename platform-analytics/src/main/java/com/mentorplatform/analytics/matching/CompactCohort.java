package com.mentorplatform.analytics.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cohort's profiles turned into flat primitive arrays indexed by mentor and mentee number,
 * so scoring millions of pairs touches no maps, strings or boxed values.
 */
final class CompactCohort {

    final List<MentorProfile> mentors;
    final List<MenteeProfile> mentees;
    final Map<String, Integer> mentorIndex = new HashMap<>();
    final Map<String, Integer> menteeIndex = new HashMap<>();

    final Vocabulary competencies = new Vocabulary();
    final Vocabulary languages = new Vocabulary();
    final Vocabulary interests = new Vocabulary();
    final Vocabulary topics = new Vocabulary();

    final int[] mentorDepartment;
    final int[] menteeDepartment;
    final int[] mentorLevel;
    final int[] menteeLevel;
    /** mentor * competencies.size() + competency → the mentor's level. */
    final byte[] mentorCompetencyLevel;
    final MenteeGaps gaps;

    final FlatBitSets mentorLanguages;
    final FlatBitSets menteeLanguages;
    final FlatBitSets mentorInterests;
    final FlatBitSets menteeInterests;
    final int[] mentorInterestCount;
    final int[] menteeInterestCount;
    final FlatBitSets mentorDeclinedTopics;
    final FlatBitSets menteeTopics;

    final int[] mentorUtcStart;
    final int[] mentorWorkMinutes;
    final int[] menteeUtcStart;
    final int[] menteeWorkMinutes;

    /** mentee * 3 + rank → preferred mentor index, or -1. */
    final int[] preferredMentor;
    final int[] mentorCapacity;
    final int[] mentorHoursPerMonth;
    final BlockedPairs blockedPairs;

    CompactCohort(List<MentorProfile> mentors, List<MenteeProfile> mentees, int largestGapsConsidered) {
        this.mentors = List.copyOf(mentors);
        this.mentees = List.copyOf(mentees);
        indexPeople();
        internVocabularies();
        Vocabulary departments = new Vocabulary();
        mentorDepartment = mentors.stream().mapToInt(m -> departments.intern(m.department())).toArray();
        menteeDepartment = mentees.stream().mapToInt(m -> departments.intern(m.department())).toArray();
        mentorLevel = mentors.stream().mapToInt(MentorProfile::level).toArray();
        menteeLevel = mentees.stream().mapToInt(MenteeProfile::level).toArray();
        mentorCompetencyLevel = mentorCompetencyLevels();
        gaps = new MenteeGaps(mentees, competencies, largestGapsConsidered);
        mentorLanguages = FlatBitSets.of(mentors.stream().map(MentorProfile::languages).toList(), languages);
        menteeLanguages = FlatBitSets.of(mentees.stream().map(MenteeProfile::languages).toList(), languages);
        mentorInterests = FlatBitSets.of(mentors.stream().map(MentorProfile::interests).toList(), interests);
        menteeInterests = FlatBitSets.of(mentees.stream().map(MenteeProfile::interests).toList(), interests);
        mentorInterestCount = mentors.stream().mapToInt(m -> m.interests().size()).toArray();
        menteeInterestCount = mentees.stream().mapToInt(m -> m.interests().size()).toArray();
        mentorDeclinedTopics = FlatBitSets.of(mentors.stream().map(MentorProfile::declinedTopics).toList(), topics);
        menteeTopics = FlatBitSets.of(mentees.stream().map(MenteeProfile::topics).toList(), topics);
        mentorUtcStart = mentors.stream().mapToInt(m -> m.workingHours().utcStartMinute()).toArray();
        mentorWorkMinutes = mentors.stream().mapToInt(m -> m.workingHours().durationMinutes()).toArray();
        menteeUtcStart = mentees.stream().mapToInt(m -> m.workingHours().utcStartMinute()).toArray();
        menteeWorkMinutes = mentees.stream().mapToInt(m -> m.workingHours().durationMinutes()).toArray();
        preferredMentor = preferredMentors();
        mentorCapacity = mentors.stream().mapToInt(MentorProfile::capacity).toArray();
        mentorHoursPerMonth = mentors.stream().mapToInt(MentorProfile::hoursPerMonth).toArray();
        blockedPairs = BlockedPairs.of(this);
    }

    int mentorCount() {
        return mentors.size();
    }

    int menteeCount() {
        return mentees.size();
    }

    private void indexPeople() {
        for (int m = 0; m < mentors.size(); m++) {
            if (mentorIndex.put(mentors.get(m).personId(), m) != null) {
                throw new IllegalArgumentException("mentor enrolled twice: " + mentors.get(m).personId());
            }
        }
        for (int e = 0; e < mentees.size(); e++) {
            if (menteeIndex.put(mentees.get(e).personId(), e) != null) {
                throw new IllegalArgumentException("mentee enrolled twice: " + mentees.get(e).personId());
            }
        }
    }

    private void internVocabularies() {
        // Sorted so that the same cohort always yields the same indices, whatever the map order.
        Comparator<String> byName = Comparator.naturalOrder();
        mentors.stream().flatMap(m -> m.competencyLevels().keySet().stream()).sorted(byName).forEach(competencies::intern);
        mentees.stream().flatMap(m -> m.targetRoleLevels().keySet().stream()).sorted(byName).forEach(competencies::intern);
        mentors.stream().flatMap(m -> m.languages().stream()).sorted(byName).forEach(languages::intern);
        mentees.stream().flatMap(m -> m.languages().stream()).sorted(byName).forEach(languages::intern);
        mentors.stream().flatMap(m -> m.interests().stream()).sorted(byName).forEach(interests::intern);
        mentees.stream().flatMap(m -> m.interests().stream()).sorted(byName).forEach(interests::intern);
        mentors.stream().flatMap(m -> m.declinedTopics().stream()).sorted(byName).forEach(topics::intern);
        mentees.stream().flatMap(m -> m.topics().stream()).sorted(byName).forEach(topics::intern);
    }

    private byte[] mentorCompetencyLevels() {
        int width = competencies.size();
        byte[] levels = new byte[mentors.size() * width];
        for (int m = 0; m < mentors.size(); m++) {
            for (Map.Entry<String, Integer> entry : mentors.get(m).competencyLevels().entrySet()) {
                int level = Math.max(0, Math.min(Byte.MAX_VALUE, entry.getValue()));
                levels[m * width + competencies.indexOf(entry.getKey())] = (byte) level;
            }
        }
        return levels;
    }

    int mentorCompetencyLevel(int mentor, int competency) {
        return mentorCompetencyLevel[mentor * competencies.size() + competency];
    }

    private int[] preferredMentors() {
        int[] preferred = new int[mentees.size() * MenteeProfile.MAX_PREFERENCES];
        Arrays.fill(preferred, -1);
        for (int e = 0; e < mentees.size(); e++) {
            List<String> wanted = mentees.get(e).preferredMentorIds();
            for (int rank = 0; rank < wanted.size(); rank++) {
                preferred[e * MenteeProfile.MAX_PREFERENCES + rank] = mentorIndex.getOrDefault(wanted.get(rank), -1);
            }
        }
        return preferred;
    }
}
