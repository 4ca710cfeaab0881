package com.mentorplatform.analytics.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

/** Checks every result must pass whatever the instance. */
final class MatchingInvariants {

    private MatchingInvariants() {
    }

    static void assertValid(MatchingResult result, CohortMatching matching, CohortGenerator.Cohort cohort, double minScore) {
        Map<String, Integer> load = new HashMap<>();
        for (Proposal proposal : result.proposals()) {
            assertThat(matching.explain(proposal.menteeId(), proposal.mentorId()).blockedBy())
                    .as("hard rule for %s–%s", proposal.menteeId(), proposal.mentorId()).isEmpty();
            if (!proposal.kept()) {
                assertThat(proposal.score()).isGreaterThanOrEqualTo(minScore);
            }
            load.merge(proposal.mentorId(), 1, Integer::sum);
        }
        for (MentorProfile mentor : cohort.mentors()) {
            assertThat(load.getOrDefault(mentor.personId(), 0)).isLessThanOrEqualTo(mentor.capacity());
        }
        assertThat(result.proposals()).extracting(Proposal::menteeId).doesNotHaveDuplicates();
    }
}
