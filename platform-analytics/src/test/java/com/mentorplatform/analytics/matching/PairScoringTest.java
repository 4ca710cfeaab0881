package com.mentorplatform.analytics.matching;

import static com.mentorplatform.analytics.matching.Profiles.mentee;
import static com.mentorplatform.analytics.matching.Profiles.mentor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairScoringTest {

    private static final MenteeProfile ANA = mentee("ana").level(3)
            .gap("stakeholder management", 1, 4).gap("sql", 1, 3).gap("negotiation", 2, 4).gap("roadmapping", 1, 2)
            .gap("testing", 2, 3).interests("chess", "running").build();

    private static PairScore score(MentorProfile mentor, MenteeProfile mentee) {
        return score(mentor, mentee, MatchingWeights.defaults(), MatchingOptions.defaults());
    }

    private static PairScore score(MentorProfile mentor, MenteeProfile mentee, MatchingWeights weights, MatchingOptions options) {
        return CohortMatching.prepare(List.of(mentor), List.of(mentee), weights, options)
                .explain(mentee.personId(), mentor.personId());
    }

    private static double part(PairScore pair, ScoreComponent component) {
        return pair.parts().get(component.ordinal()).value();
    }

    @Test
    void gap_coverage_reason_names_the_largest_gaps_the_mentor_covers() {
        MentorProfile bo = mentor("bo").competency("stakeholder management", 5).competency("sql", 3)
                .competency("negotiation", 4).competency("roadmapping", 1).build();

        PairScore pair = score(bo, ANA);

        assertThat(pair.reasons()).first().asString()
                .isEqualTo("covers 3 of 4 largest gaps: stakeholder management, negotiation, sql");
        assertThat(part(pair, ScoreComponent.GAP_COVERAGE)).isEqualTo(7.0 / 8.0);
    }

    @Test
    void every_part_lies_between_zero_and_one_and_parts_add_up_to_the_score() {
        PairScore pair = score(mentor("bo").competency("sql", 2).interests("chess").build(), ANA);

        assertThat(pair.parts()).hasSize(ScoreComponent.values().length)
                .allSatisfy(p -> assertThat(p.value()).isBetween(0.0, 1.0));
        double sum = pair.parts().stream().mapToDouble(ScorePart::contribution).sum();
        assertThat(pair.score()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(pair.reasons()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void seniority_is_best_at_the_ideal_gap_and_lower_when_too_close_or_too_far() {
        double ideal = part(score(mentor("m").level(5).build(), ANA), ScoreComponent.SENIORITY);
        double tooClose = part(score(mentor("m").level(4).build(), ANA), ScoreComponent.SENIORITY);
        double tooFar = part(score(mentor("m").level(9).build(), ANA), ScoreComponent.SENIORITY);
        double junior = part(score(mentor("m").level(3).build(), ANA), ScoreComponent.SENIORITY);

        assertThat(ideal).isEqualTo(1.0);
        assertThat(tooClose).isLessThan(ideal);
        assertThat(tooFar).isLessThan(tooClose);
        assertThat(junior).isZero();
    }

    @Test
    void a_different_department_scores_higher_unless_the_cohort_favours_the_same_department() {
        MentorProfile sameDepartment = mentor("m").department("Product").build();
        MentorProfile otherDepartment = mentor("m").department("Finance").build();
        MatchingWeights sameFavoured = MatchingWeights.defaults().favouringSameDepartment();

        assertThat(score(otherDepartment, ANA).score()).isGreaterThan(score(sameDepartment, ANA).score());
        assertThat(score(sameDepartment, ANA, sameFavoured, MatchingOptions.defaults()).score())
                .isGreaterThan(score(otherDepartment, ANA, sameFavoured, MatchingOptions.defaults()).score());
    }

    @Test
    void working_hours_overlap_counts_across_time_zones_and_midnight() {
        MentorProfile sameZone = mentor("m").hours(WorkingHours.nineToFive(0)).build();
        MentorProfile threeHoursEast = mentor("m").hours(WorkingHours.nineToFive(3)).build();
        MentorProfile tokyo = mentor("m").hours(WorkingHours.nineToFive(9)).build();
        MentorProfile sanFrancisco = mentor("m").hours(WorkingHours.nineToFive(-8)).build();

        assertThat(part(score(sameZone, ANA), ScoreComponent.TIME_ZONE)).isEqualTo(1.0);
        assertThat(part(score(threeHoursEast, ANA), ScoreComponent.TIME_ZONE)).isEqualTo(5.0 / 8.0);
        assertThat(part(score(tokyo, ANA), ScoreComponent.TIME_ZONE)).isZero();
        assertThat(part(score(sanFrancisco, ANA), ScoreComponent.TIME_ZONE)).isZero();
        assertThat(score(threeHoursEast, ANA).reasons()).contains("working hours overlap 5.0 h a day");
    }

    @Test
    void shared_interests_and_a_stated_preference_raise_the_score() {
        MenteeProfile prefersBo = mentee("cy").prefers("bo", "di").interests("chess").build();
        MatchingWeights weights = new MatchingWeights(0, 0, 0, 0, 0, 1, 1, 0, null);
        MatchingOptions options = MatchingOptions.defaults();
        PairScore first = score(mentor("bo").interests("chess", "golf").build(), prefersBo, weights, options);
        PairScore second = score(mentor("di").interests("chess", "golf").build(), prefersBo, weights, options);
        PairScore none = score(mentor("ed").build(), prefersBo, weights, options);

        assertThat(part(first, ScoreComponent.INTERESTS)).isEqualTo(1.0);
        assertThat(first.reasons()).contains("the mentee's 1st choice", "shares 1 interest: chess");
        assertThat(first.score()).isGreaterThan(second.score());
        assertThat(second.score()).isGreaterThan(none.score());
    }

    @Test
    void a_mentor_with_more_hours_per_place_scores_higher_on_availability() {
        MentorProfile generous = new MentorProfile("m", "Finance", 6, java.util.Map.of(), java.util.Set.of("English"),
                WorkingHours.nineToFive(0), java.util.Set.of(), 2, 8, java.util.Set.of(), java.util.Set.of());
        MentorProfile stretched = new MentorProfile("m", "Finance", 6, java.util.Map.of(), java.util.Set.of("English"),
                WorkingHours.nineToFive(0), java.util.Set.of(), 2, 1, java.util.Set.of(), java.util.Set.of());

        assertThat(part(score(generous, ANA), ScoreComponent.AVAILABILITY)).isEqualTo(1.0);
        assertThat(part(score(stretched, ANA), ScoreComponent.AVAILABILITY)).isEqualTo(0.25);
    }

    @Test
    void without_a_language_rule_a_shared_language_is_only_a_score_part() {
        MentorProfile germanOnly = mentor("m").speaksOnly("German").build();

        PairScore pair = score(germanOnly, ANA);

        assertThat(pair.allowed()).isTrue();
        assertThat(part(pair, ScoreComponent.LANGUAGE)).isZero();
    }
}
