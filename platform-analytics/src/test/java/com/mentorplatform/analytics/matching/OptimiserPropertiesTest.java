package com.mentorplatform.analytics.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptimiserPropertiesTest {

    @Test
    void optimiser_equals_brute_force_on_small_instances() {
        for (long seed = 0; seed < 400; seed++) {
            Random sizes = new Random(seed);
            optimiserEqualsBruteForce(seed, 1 + sizes.nextInt(7), 1 + sizes.nextInt(4));
        }
    }

    private static void optimiserEqualsBruteForce(long seed, int menteeCount, int mentorCount) {
        Random random = new Random(seed);
        CohortGenerator.Cohort cohort = tightCohort(seed, menteeCount, mentorCount, random);
        double minScore = new double[] {0.0, 0.3, 0.45}[random.nextInt(3)];
        MatchingOptions options = MatchingOptions.defaults().withMinScore(minScore);
        if (random.nextBoolean()) {
            options = options.withSharedLanguageRequired();
        }
        CohortMatching matching = CohortMatching.prepare(cohort.mentors(), cohort.mentees(), MatchingWeights.defaults(), options);

        long optimum = BruteForce.bestTotal(matching, cohort.mentors(), cohort.mentees(), minScore, capacities(cohort));

        assertThat(scaled(matching.optimise().totalScore())).as("seed %d", seed).isEqualTo(optimum);
        assertThat(scaled(matching.greedyBaseline().totalScore())).as("seed %d", seed).isLessThanOrEqualTo(optimum);
    }

    @Test
    void pure_java_solver_finds_the_same_optimum_as_or_tools() {
        for (long seed = 0; seed < 100; seed++) {
            Random sizes = new Random(seed);
            CohortGenerator.Cohort cohort = tightCohort(seed, 1 + sizes.nextInt(60), 1 + sizes.nextInt(25), sizes);
            MatchingOptions options = MatchingOptions.defaults().withMinScore(0.35).withCandidatesPerMentee(0);

            double orTools = prepare(cohort, options.withSolver(MatchingOptions.Solver.OR_TOOLS)).optimise().totalScore();
            double pureJava = prepare(cohort, options.withSolver(MatchingOptions.Solver.PURE_JAVA)).optimise().totalScore();

            assertThat(scaled(pureJava)).as("seed %d", seed).isEqualTo(scaled(orTools));
        }
    }

    @Test
    void proposals_never_break_a_hard_rule_a_capacity_or_the_minimum_score() {
        for (long seed = 0; seed < 30; seed++) {
            CohortGenerator.Cohort cohort = CohortGenerator.generate(seed, 120, 40);
            MatchingOptions options = MatchingOptions.defaults().withMinScore(0.4).withSharedLanguageRequired()
                    .withCandidatesPerMentee(8);
            CohortMatching matching = prepare(cohort, options);

            MatchingResult result = matching.optimise();

            MatchingInvariants.assertValid(result, matching, cohort, 0.4);
            assertThat(result.proposals().size() + result.unmatched().size()).isEqualTo(cohort.mentees().size());
        }
    }

    @Test
    void optimiser_is_never_below_greedy_on_larger_pruned_instances() {
        for (long seed = 0; seed < 10; seed++) {
            CohortGenerator.Cohort cohort = CohortGenerator.generate(seed, 600, 150);
            CohortMatching matching = prepare(cohort, MatchingOptions.defaults().withMinScore(0.3).withCandidatesPerMentee(5));

            MatchingResult optimal = matching.optimise();
            MatchingResult greedy = matching.greedyBaseline();

            assertThat(scaled(optimal.totalScore())).as("seed %d", seed).isGreaterThanOrEqualTo(scaled(greedy.totalScore()));
            assertThat(optimal.candidatePairs()).isLessThan(600L * 150);
        }
    }

    @Test
    void approved_pairs_are_kept_when_the_rest_is_rematched() {
        for (long seed = 0; seed < 20; seed++) {
            CohortGenerator.Cohort cohort = CohortGenerator.generate(seed, 80, 30);
            CohortMatching first = prepare(cohort, MatchingOptions.defaults().withMinScore(0.3));
            List<ApprovedPair> approved = first.greedyBaseline().proposals().stream().limit(25)
                    .map(p -> new ApprovedPair(p.menteeId(), p.mentorId())).toList();

            MatchingResult rematch = prepare(cohort, MatchingOptions.defaults().withMinScore(0.3).withApprovedPairs(approved)).optimise();

            assertThat(rematch.proposals()).filteredOn(Proposal::kept)
                    .extracting(p -> new ApprovedPair(p.menteeId(), p.mentorId()))
                    .containsExactlyInAnyOrderElementsOf(approved);
            assertThat(rematch.rejectedApprovedPairs()).isEmpty();
            MatchingInvariants.assertValid(rematch, first, cohort, 0.3);
        }
    }

    static CohortMatching prepare(CohortGenerator.Cohort cohort, MatchingOptions options) {
        return CohortMatching.prepare(cohort.mentors(), cohort.mentees(), MatchingWeights.defaults(), options);
    }

    static long scaled(double score) {
        return Math.round(score * PairScorer.SCALE);
    }

    /** A generated cohort with small capacities and extra avoid rules, so constraints bind. */
    private static CohortGenerator.Cohort tightCohort(long seed, int menteeCount, int mentorCount, Random random) {
        CohortGenerator.Cohort cohort = CohortGenerator.generate(seed, menteeCount, mentorCount);
        List<MentorProfile> mentors = new ArrayList<>();
        for (MentorProfile m : cohort.mentors()) {
            Set<String> avoid = new HashSet<>(m.avoidPersonIds());
            if (random.nextInt(4) == 0) {
                avoid.add(CohortGenerator.menteeId(random.nextInt(menteeCount)));
            }
            mentors.add(new MentorProfile(m.personId(), m.department(), m.level(), m.competencyLevels(), m.languages(),
                    m.workingHours(), m.interests(), 1 + random.nextInt(2), m.hoursPerMonth(), avoid, m.declinedTopics()));
        }
        return new CohortGenerator.Cohort(mentors, cohort.mentees());
    }

    private static int[] capacities(CohortGenerator.Cohort cohort) {
        return cohort.mentors().stream().mapToInt(MentorProfile::capacity).toArray();
    }
}
