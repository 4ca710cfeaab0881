package com.mentorplatform.analytics.matching;

import static com.mentorplatform.analytics.matching.Profiles.mentee;
import static com.mentorplatform.analytics.matching.Profiles.mentor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardRulesTest {

    private static PairScore pair(MentorProfile mentor, MenteeProfile mentee, MatchingOptions options) {
        return CohortMatching.prepare(List.of(mentor), List.of(mentee), MatchingWeights.defaults(), options)
                .explain(mentee.personId(), mentor.personId());
    }

    private static PairScore pair(MentorProfile mentor, MenteeProfile mentee) {
        return pair(mentor, mentee, MatchingOptions.defaults());
    }

    @Test
    void the_mentees_own_manager_is_never_their_mentor() {
        assertThat(pair(mentor("boss").build(), mentee("ana").reportsTo("boss", "vp").build()).blockedBy())
                .contains(HardRule.REPORTING_CHAIN);
    }

    @Test
    void nobody_higher_up_the_reporting_chain_is_the_mentor() {
        PairScore pair = pair(mentor("vp").build(), mentee("ana").reportsTo("boss", "vp").build());

        assertThat(pair.blockedBy()).contains(HardRule.REPORTING_CHAIN);
        assertThat(pair.reasons()).containsExactly(HardRule.REPORTING_CHAIN.description());
    }

    @Test
    void nobody_mentors_themselves() {
        assertThat(pair(mentor("ana").build(), mentee("ana").build()).blockedBy()).contains(HardRule.SAME_PERSON);
    }

    @Test
    void either_sides_avoid_list_blocks_the_pair() {
        assertThat(pair(mentor("bo").build(), mentee("ana").avoids("bo").build()).blockedBy())
                .contains(HardRule.MENTEE_AVOIDS_MENTOR);
        assertThat(pair(mentor("bo").avoids("ana").build(), mentee("ana").build()).blockedBy())
                .contains(HardRule.MENTOR_AVOIDS_MENTEE);
    }

    @Test
    void a_mentor_is_never_proposed_for_a_topic_they_declined() {
        assertThat(pair(mentor("bo").declines("career change").build(), mentee("ana").wantsTopic("career change").build())
                .blockedBy()).contains(HardRule.DECLINED_TOPIC);
    }

    @Test
    void a_required_shared_language_blocks_pairs_without_one() {
        PairScore pair = pair(mentor("bo").speaksOnly("German").build(), mentee("ana").speaksOnly("French").build(),
                MatchingOptions.defaults().withSharedLanguageRequired());

        assertThat(pair.blockedBy()).contains(HardRule.NO_SHARED_LANGUAGE);
    }

    @Test
    void the_optimiser_leaves_a_mentee_unmatched_rather_than_break_a_rule() {
        CohortMatching matching = CohortMatching.prepare(List.of(mentor("boss").build()),
                List.of(mentee("ana").reportsTo("boss").build()), MatchingWeights.defaults(), MatchingOptions.defaults());

        MatchingResult result = matching.optimise();

        assertThat(result.proposals()).isEmpty();
        assertThat(result.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnmatchedMentee.Reason.NO_ALLOWED_MENTOR);
            assertThat(u.explanation()).contains("1 × " + HardRule.REPORTING_CHAIN.description());
        });
    }

    @Test
    void an_approved_pair_that_breaks_a_hard_rule_is_not_kept_and_its_mentee_is_matched_afresh() {
        CohortMatching matching = CohortMatching.prepare(List.of(mentor("boss").build(), mentor("bo").build()),
                List.of(mentee("ana").reportsTo("boss").build()), MatchingWeights.defaults(),
                MatchingOptions.defaults().withApprovedPairs(List.of(new ApprovedPair("ana", "boss"))));

        MatchingResult result = matching.optimise();

        assertThat(result.rejectedApprovedPairs()).singleElement()
                .satisfies(p -> assertThat(p.blockedBy()).contains(HardRule.REPORTING_CHAIN));
        assertThat(result.proposals()).singleElement().satisfies(p -> {
            assertThat(p.mentorId()).isEqualTo("bo");
            assertThat(p.kept()).isFalse();
        });
    }
}
