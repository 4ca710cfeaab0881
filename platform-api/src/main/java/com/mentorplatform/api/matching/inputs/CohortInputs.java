package com.mentorplatform.api.matching.inputs;

import com.mentorplatform.analytics.matching.MenteeProfile;
import com.mentorplatform.analytics.matching.MentorProfile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cohort's enrolled mentors and mentees as the analytics module takes them, with every
 * participant's display name and each mentor's capacity.
 */
public record CohortInputs(List<MentorProfile> mentors, List<MenteeProfile> mentees, Map<UUID, String> names,
                           Map<UUID, Integer> mentorCapacities) {

    public CohortInputs {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        names = Map.copyOf(names);
        mentorCapacities = Map.copyOf(mentorCapacities);
    }

    public boolean isMentor(UUID personId) {
        return mentorCapacities.containsKey(personId);
    }

    public boolean isMentee(UUID personId) {
        return names.containsKey(personId) && !isMentor(personId);
    }

    /** The mentor's capacity in this cohort; 0 for someone who is not an enrolled mentor. */
    public int capacityOf(UUID mentorId) {
        return mentorCapacities.getOrDefault(mentorId, 0);
    }

    public String nameOf(UUID personId) {
        return names.getOrDefault(personId, "");
    }
}
