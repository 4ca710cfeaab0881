package com.mentorplatform.analytics.matching;

import static com.mentorplatform.analytics.matching.Profiles.mentee;
import static com.mentorplatform.analytics.matching.Profiles.mentor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingResultTest {

    private static final MentorProfile SQL_EXPERT = mentor("sql-expert").competency("sql", 5).build();
    private static final MentorProfile GENERALIST = mentor("generalist").competency("sql", 2).build();

    private static CohortMatching prepare(List<MentorProfile> mentors, List<MenteeProfile> mentees, MatchingOptions options) {
        return CohortMatching.prepare(mentors, mentees, MatchingWeights.defaults(), options);
    }

    @Test
    void the_whole_cohort_is_optimised_where_greedy_would_take_the_best_pair_first() {
        // ana suits the expert best but the negotiator well enough; bo suits only the expert.
        // Greedy hands the expert to ana (the single best pair) and leaves bo below the minimum.
        MenteeProfile ana = mentee("ana").gap("sql", 1, 5).gap("negotiation", 1, 5).build();
        MenteeProfile bo = mentee("bo").gap("sql", 1, 5).hours(WorkingHours.nineToFive(3)).build();
        MentorProfile expert = mentor("expert").competency("sql", 5).competency("negotiation", 5).build();
        MentorProfile negotiator = mentor("negotiator").competency("negotiation", 5).build();
        CohortMatching matching = prepare(List.of(expert, negotiator), List.of(ana, bo), MatchingOptions.defaults().withMinScore(0.5));

        MatchingResult optimal = matching.optimise();
        MatchingResult greedy = matching.greedyBaseline();

        assertThat(optimal.proposals()).extracting(Proposal::menteeId, Proposal::mentorId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ana", "negotiator"),
                        org.assertj.core.groups.Tuple.tuple("bo", "expert"));
        assertThat(optimal.totalScore()).isGreaterThan(greedy.totalScore());
        assertThat(greedy.unmatched()).extracting(UnmatchedMentee::menteeId).containsExactly("bo");
    }

    @Test
    void a_proposal_names_its_runner_up_and_why_it_lost() {
        MenteeProfile ana = mentee("ana").gap("sql", 1, 5).build();

        Proposal proposal = prepare(List.of(SQL_EXPERT, GENERALIST), List.of(ana), MatchingOptions.defaults())
                .optimise().proposals().get(0);

        assertThat(proposal.mentorId()).isEqualTo("sql-expert");
        assertThat(proposal.reasons()).first().asString().startsWith("covers 1 of 1 largest gaps: sql");
        assertThat(proposal.runnerUp()).hasValueSatisfying(runnerUp -> {
            assertThat(runnerUp.mentorId()).isEqualTo("generalist");
            assertThat(runnerUp.whyNotChosen()).contains("lower, mostly on gap coverage (0.25 vs 1.00)");
        });
    }

    @Test
    void a_runner_up_that_scored_higher_lost_its_place_to_a_mentee_it_suited_better() {
        MenteeProfile ana = mentee("ana").gap("sql", 1, 5).build();
        MenteeProfile bo = mentee("bo").gap("sql", 1, 5).gap("negotiation", 1, 2).build();
        MentorProfile both = mentor("both").competency("sql", 5).competency("negotiation", 2).build();
        MentorProfile sqlOnly = mentor("sql-only").competency("sql", 4).build();

        MatchingResult result = prepare(List.of(both, sqlOnly), List.of(ana, bo), MatchingOptions.defaults()).optimise();

        Proposal anaProposal = result.proposals().stream().filter(p -> p.menteeId().equals("ana")).findFirst().orElseThrow();
        assertThat(anaProposal.mentorId()).isEqualTo("sql-only");
        assertThat(anaProposal.runnerUp()).hasValueSatisfying(r ->
                assertThat(r.whyNotChosen()).startsWith("scored higher").endsWith("places went to mentees it suited better overall"));
    }

    @Test
    void a_mentee_below_the_minimum_score_stays_unmatched_with_the_reason() {
        MenteeProfile ana = mentee("ana").gap("sql", 1, 5).build();

        MatchingResult result = prepare(List.of(GENERALIST), List.of(ana), MatchingOptions.defaults().withMinScore(0.95)).optimise();

        assertThat(result.proposals()).isEmpty();
        assertThat(result.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnmatchedMentee.Reason.BELOW_MIN_SCORE);
            assertThat(u.explanation()).contains("below the cohort minimum of 0.950");
        });
    }

    @Test
    void a_mentee_whose_suitable_mentors_are_full_is_told_so() {
        MenteeProfile ana = mentee("ana").gap("sql", 1, 5).build();
        MenteeProfile bo = mentee("bo").gap("sql", 1, 5).build();

        MatchingResult result = prepare(List.of(SQL_EXPERT), List.of(ana, bo), MatchingOptions.defaults()).optimise();

        assertThat(result.proposals()).hasSize(1);
        assertThat(result.unmatched()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(UnmatchedMentee.Reason.MENTORS_AT_CAPACITY));
    }

    @Test
    void swapping_two_mentees_mentors_reports_the_score_change() {
        MenteeProfile ana = mentee("ana").gap("sql", 1, 5).build();
        MenteeProfile bo = mentee("bo").build();
        CohortMatching matching = prepare(List.of(SQL_EXPERT, GENERALIST), List.of(ana, bo), MatchingOptions.defaults());
        List<ApprovedPair> current = List.of(new ApprovedPair("ana", "sql-expert"), new ApprovedPair("bo", "generalist"));

        SwapEvaluation swap = matching.evaluateSwap(current, "ana", "bo");

        double before = matching.explain("ana", "sql-expert").score() + matching.explain("bo", "generalist").score();
        double after = matching.explain("ana", "generalist").score() + matching.explain("bo", "sql-expert").score();
        assertThat(swap.allowed()).isTrue();
        assertThat(swap.scoreChange()).isCloseTo(after - before, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(swap.scoreChange()).isNegative();
    }

    @Test
    void a_swap_that_would_break_a_hard_rule_names_the_rule() {
        MenteeProfile ana = mentee("ana").build();
        MenteeProfile bo = mentee("bo").reportsTo("sql-expert").build();
        CohortMatching matching = prepare(List.of(SQL_EXPERT, GENERALIST), List.of(ana, bo), MatchingOptions.defaults());
        List<ApprovedPair> current = List.of(new ApprovedPair("ana", "sql-expert"), new ApprovedPair("bo", "generalist"));

        SwapEvaluation swap = matching.evaluateSwap(current, "ana", "bo");

        assertThat(swap.allowed()).isFalse();
        assertThat(swap.brokenRule()).contains(HardRule.REPORTING_CHAIN);
        assertThat(swap.secondNewPair().reasons()).containsExactly(HardRule.REPORTING_CHAIN.description());
    }
}
