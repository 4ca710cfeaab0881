package com.mentorplatform.analytics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Eight subjects, every figure derived by hand below (z = 1.959963984540054).
 *
 * <pre>
 * Group A (4): left on day 2; still employed when last seen on day 3; left on day 5; still employed on day 7.
 * Group B (4): left on day 1; left on day 2; left on day 4; still employed on day 6.
 *
 * Kaplan–Meier, group A (n = at risk before the time's events, d = events):
 *   day 2: n = 4, d = 1   S = 3/4                 v = Σ d/(n(n−d)) = 1/(4·3) = 1/12
 *   day 3: n = 3, censored 1 (S unchanged)
 *   day 5: n = 2, d = 1   S = 3/4 · 1/2 = 3/8     v = 1/12 + 1/(2·1) = 7/12
 *   day 7: n = 1, censored 1
 * Greenwood Var(S) = S²·v: day 2: (9/16)(1/12) = 3/64 = 0.046875; day 5: (9/64)(7/12) = 21/256 = 0.08203125.
 *
 * Log-log band: se = √v/|ln S|, lower = S^exp(z·se), upper = S^exp(−z·se).
 *   day 2: ln(3/4) = −0.2876821, √(1/12) = 0.2886751, se = 1.0034519, z·se = 1.9667297,
 *          exp(+1.9667297) = 7.1472643 → lower = 0.75^7.1472643 = 0.1279469
 *          exp(−1.9667297) = 0.1399137 → upper = 0.75^0.1399137 = 0.9605486
 *   day 5: ln(3/8) = −0.9808293, √(7/12) = 0.7637626, se = 0.7786907, z·se = 1.5262057,
 *          exp(+1.5262057) = 4.6006874 → lower = 0.375^4.6006874 = 0.0109711
 *          exp(−1.5262057) = 0.2173588 → upper = 0.375^0.2173588 = 0.8080011
 *
 * Kaplan–Meier, group B: day 1: S = 3/4, v = 1/12; day 2: n = 3, S = 1/2, v = 1/12 + 1/6 = 1/4;
 *   day 4: n = 2, S = 1/4, v = 1/4 + 1/2 = 3/4; Var at day 2 = (1/4)(1/4) = 1/16, at day 4 = (1/16)(3/4) = 3/64.
 *
 * Log-rank, A against B (E_A = d·n_A/n, V = d·(n_A/n)(n_B/n)(n−d)/(n−1)):
 *   day 1: n_A = 4, n_B = 4, d = 1 (B)        E_A = 4/8 = 1/2    V = (1/2)(1/2)(7/7) = 1/4
 *   day 2: n_A = 4, n_B = 3, d = 2 (A 1, B 1) E_A = 2·4/7 = 8/7  V = 2(4/7)(3/7)(5/6) = 20/49
 *   day 3: A censored → n_A = 2
 *   day 4: n_A = 2, n_B = 2, d = 1 (B)        E_A = 2/4 = 1/2    V = (1/2)(1/2)(3/3) = 1/4
 *   day 5: n_A = 2, n_B = 1, d = 1 (A)        E_A = 2/3          V = (2/3)(1/3)(2/2) = 2/9
 *   O_A = 2, E_A = 1/2 + 8/7 + 1/2 + 2/3 = 59/21 = 2.8095238; O_B = 3, E_B = 5 − 59/21 = 46/21 = 2.1904762
 *   V = 1/4 + 20/49 + 1/4 + 2/9 = 997/882 = 1.1303855
 *   χ² = (2 − 59/21)² / V = (289/441)·(882/997) = 578/997 = 0.5797392
 *   p = P(χ²₁ ≥ 0.5797392) = erfc(√(0.2898696)) = erfc(0.5383954) = 0.4464146
 *
 * Difference A − B at day 2: 3/4 − 1/2 = 1/4, √(3/64 + 4/64) = √7/8 = 0.3307189, z·0.3307189 = 0.6481972
 *   → [−0.3981972, 0.8981972]. At day 4: 3/4 − 1/4 = 1/2, √(6/64) = 0.3061862, ±0.6001140 → [−0.1001140, 1 (clipped)].
 * </pre>
 */
class WorkedExampleTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final Offset<Double> SEVEN_PLACES = within(5e-8);

    private static final List<TimeCount> A = List.of(
            new TimeCount(2, 1, 0), new TimeCount(3, 0, 1), new TimeCount(5, 1, 0), new TimeCount(7, 0, 1));
    private static final List<TimeCount> B = List.of(
            new TimeCount(1, 1, 0), new TimeCount(2, 1, 0), new TimeCount(4, 1, 0), new TimeCount(6, 0, 1));

    @Test
    void the_survival_curve_steps_down_at_each_leaver_and_carries_the_greenwood_log_log_band() {
        SurvivalCurve curve = KaplanMeier.estimate(A);

        assertThat(curve.subjects()).isEqualTo(4);
        assertThat(curve.events()).isEqualTo(2);
        assertThat(curve.steps()).extracting(SurvivalCurve.Step::time, SurvivalCurve.Step::atRisk,
                        SurvivalCurve.Step::events, SurvivalCurve.Step::censored)
                .containsExactly(
                        tuple(2, 4, 1, 0),
                        tuple(3, 3, 0, 1),
                        tuple(5, 2, 1, 0),
                        tuple(7, 1, 0, 1));

        Estimate day2 = curve.at(2);
        assertThat(day2.survival()).isCloseTo(0.75, EXACT);
        assertThat(day2.greenwoodVariance()).isCloseTo(3.0 / 64, EXACT);
        assertThat(day2.lower()).isCloseTo(0.1279469, SEVEN_PLACES);
        assertThat(day2.upper()).isCloseTo(0.9605486, SEVEN_PLACES);

        Estimate day5 = curve.at(5);
        assertThat(day5.survival()).isCloseTo(0.375, EXACT);
        assertThat(day5.greenwoodVariance()).isCloseTo(21.0 / 256, EXACT);
        assertThat(day5.lower()).isCloseTo(0.0109711, SEVEN_PLACES);
        assertThat(day5.upper()).isCloseTo(0.8080011, SEVEN_PLACES);
        assertThat(curve.steps().get(2).lower()).isEqualTo(day5.lower());
        assertThat(curve.steps().get(2).upper()).isEqualTo(day5.upper());
    }

    @Test
    void between_steps_the_curve_keeps_its_last_value_and_counts_only_those_still_followed_as_at_risk() {
        SurvivalCurve curve = KaplanMeier.estimate(A);

        Estimate day4 = curve.at(4);
        assertThat(day4.observed()).isTrue();
        assertThat(day4.survival()).isCloseTo(0.75, EXACT);
        assertThat(day4.greenwoodVariance()).isCloseTo(3.0 / 64, EXACT);
        assertThat(day4.atRisk()).isEqualTo(2);

        Estimate day0 = curve.at(0);
        assertThat(day0.survival()).isEqualTo(1.0);
        assertThat(day0.lower()).isEqualTo(1.0);
        assertThat(day0.upper()).isEqualTo(1.0);
        assertThat(day0.greenwoodVariance()).isEqualTo(0.0);
        assertThat(day0.atRisk()).isEqualTo(4);
    }

    @Test
    void nobody_followed_beyond_the_last_observed_day_so_the_curve_says_nothing_there() {
        SurvivalCurve curve = KaplanMeier.estimate(A);

        assertThat(curve.lastTime()).isEqualTo(7);
        assertThat(curve.at(7).observed()).isTrue();
        assertThat(curve.at(7).survival()).isCloseTo(0.375, EXACT);
        assertThat(curve.at(7).atRisk()).isEqualTo(1);

        Estimate day8 = curve.at(8);
        assertThat(day8.observed()).isFalse();
        assertThat(day8.survival()).isNaN();
        assertThat(day8.lower()).isNaN();
        assertThat(day8.upper()).isNaN();
    }

    @Test
    void the_log_rank_test_gives_the_hand_computed_observed_expected_variance_and_p_value() {
        LogRank.Result result = LogRank.test(A, B);

        assertThat(result.observedA()).isEqualTo(2.0);
        assertThat(result.expectedA()).isCloseTo(59.0 / 21, EXACT);
        assertThat(result.observedB()).isEqualTo(3.0);
        assertThat(result.expectedB()).isCloseTo(46.0 / 21, EXACT);
        assertThat(result.variance()).isCloseTo(997.0 / 882, EXACT);
        assertThat(result.chiSquare()).isCloseTo(578.0 / 997, EXACT);
        assertThat(result.pValue()).isCloseTo(0.4464146, SEVEN_PLACES);
    }

    @Test
    void the_log_rank_test_is_symmetric_in_its_groups() {
        LogRank.Result ab = LogRank.test(A, B);
        LogRank.Result ba = LogRank.test(B, A);

        assertThat(ba.observedA()).isEqualTo(ab.observedB());
        assertThat(ba.expectedA()).isCloseTo(ab.expectedB(), EXACT);
        assertThat(ba.variance()).isCloseTo(ab.variance(), EXACT);
        assertThat(ba.chiSquare()).isCloseTo(ab.chiSquare(), EXACT);
    }

    @Test
    void the_difference_of_the_curves_has_a_wald_interval_from_both_greenwood_variances() {
        SurvivalCurve a = KaplanMeier.estimate(A);
        SurvivalCurve b = KaplanMeier.estimate(B);

        SurvivalDifference.Difference day2 = SurvivalDifference.at(a, b, 2).orElseThrow();
        assertThat(day2.difference()).isCloseTo(0.25, EXACT);
        assertThat(day2.lower()).isCloseTo(-0.3981972, SEVEN_PLACES);
        assertThat(day2.upper()).isCloseTo(0.8981972, SEVEN_PLACES);

        SurvivalDifference.Difference day4 = SurvivalDifference.at(a, b, 4).orElseThrow();
        assertThat(day4.difference()).isCloseTo(0.5, EXACT);
        assertThat(day4.lower()).isCloseTo(-0.1001140, SEVEN_PLACES);
        assertThat(day4.upper()).isEqualTo(1.0);
    }

    @Test
    void there_is_no_difference_where_either_group_has_nobody_followed_that_long() {
        SurvivalCurve a = KaplanMeier.estimate(A);
        SurvivalCurve b = KaplanMeier.estimate(B);

        assertThat(SurvivalDifference.at(a, b, 6)).isPresent();
        assertThat(SurvivalDifference.at(a, b, 7)).isEmpty();
        assertThat(SurvivalDifference.at(b, a, 7)).isEmpty();
    }
}
