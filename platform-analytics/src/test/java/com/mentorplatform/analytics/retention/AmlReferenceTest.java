package com.mentorplatform.analytics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code aml} data of R's survival package (acute myelogenous leukaemia, Miller 1981), against
 * R's own published output.
 *
 * <p>Source of the survival, standard error and log-scale bands per group and of the log-rank
 * test: the survival package's regression test {@code tests/doaml.Rout.save}
 * (github.com/therneau/survival; the R 2.11.1 run at commit 08139b13ac98 prints p = 0.0653, the
 * current file prints the same table with p rounded to 0.07):
 * <pre>
 * > summary(survfit(Surv(aml$time, aml$status) ~ aml$x))      (default conf.type = "log")
 *                 aml$x=Maintained
 *  time n.risk n.event survival std.err lower 95% CI upper 95% CI
 *     9     11       1    0.909  0.0867       0.7541        1.000
 *    13     10       1    0.818  0.1163       0.6192        1.000
 *    18      8       1    0.716  0.1397       0.4884        1.000
 *    23      7       1    0.614  0.1526       0.3769        0.999
 *    31      5       1    0.491  0.1642       0.2549        0.946
 *    34      4       1    0.368  0.1627       0.1549        0.875
 *    48      2       1    0.184  0.1535       0.0359        0.944
 *                 aml$x=Nonmaintained
 *     5     12       2   0.8333  0.1076       0.6470        1.000
 *     8     10       2   0.6667  0.1361       0.4468        0.995
 *    12      8       1   0.5833  0.1423       0.3616        0.941
 *    23      6       1   0.4861  0.1481       0.2675        0.883
 *    27      5       1   0.3889  0.1470       0.1854        0.816
 *    30      4       1   0.2917  0.1387       0.1148        0.741
 *    33      3       1   0.1944  0.1219       0.0569        0.664
 *    43      2       1   0.0972  0.0919       0.0153        0.620
 *    45      1       1   0.0000     NaN           NA           NA
 * > survdiff(Surv(aml$time, aml$status) ~ aml$x)
 *                      N Observed Expected (O-E)^2/E (O-E)^2/V
 * aml$x=Maintained    11        7    10.69      1.27      3.40
 * aml$x=Nonmaintained 12       11     7.31      1.86      3.40
 *  Chisq= 3.4  on 1 degrees of freedom, p= 0.0653
 * </pre>
 * The std.err column is √(Greenwood variance) and R's "log" band is S·exp(∓z·√v), so matching both
 * pins the variance. The pooled curve {@code survfit(Surv(time, status) ~ 1)} starts (T. Therneau,
 * S-news, November 2000, biostat.wustl.edu/archives/html/s-news/2000-11/msg00179.html):
 * <pre>
 *  time n.risk n.event survival std.err lower 95% CI upper 95% CI
 *     5     23       2   0.9130  0.0588       0.8049        1.000
 *     8     21       2   0.8261  0.0790       0.6848        0.996
 *     9     19       1   0.7826  0.0860       0.6310        0.971
 * </pre>
 *
 * <p>No published log-log table for these data was found, so the log-log bands below were computed
 * by hand (with a calculator) from lower = S^exp(z·se), upper = S^exp(−z·se), se = √v/|ln S|. For
 * example, Maintained at day 9: S = 10/11, v = 1/(11·10), ln S = −0.0953102, √v = 0.0953463,
 * se = 1.0003785, exp(±z·se) = 7.1060 / 0.14073, lower = 0.5080802, upper = 0.9866738;
 * Nonmaintained at day 5: S = 10/12, v = 2/(12·10), ln S = −0.1823216, √v = 0.1290994,
 * se = 0.7080866, lower = 0.4817149, upper = 0.9555094.
 */
class AmlReferenceTest {

    private static final int[][] MAINTAINED = {{9, 1}, {13, 1}, {13, 0}, {18, 1}, {23, 1}, {28, 0}, {31, 1},
            {34, 1}, {45, 0}, {48, 1}, {161, 0}};
    private static final int[][] NONMAINTAINED = {{5, 1}, {5, 1}, {8, 1}, {8, 1}, {12, 1}, {16, 0}, {23, 1},
            {27, 1}, {30, 1}, {33, 1}, {43, 1}, {45, 1}};

    /** time, survival, std.err, log lower, log upper, as printed by R. */
    private static final double[][] MAINTAINED_R = {
            {9, 0.909, 0.0867, 0.7541, 1.000}, {13, 0.818, 0.1163, 0.6192, 1.000},
            {18, 0.716, 0.1397, 0.4884, 1.000}, {23, 0.614, 0.1526, 0.3769, 0.999},
            {31, 0.491, 0.1642, 0.2549, 0.946}, {34, 0.368, 0.1627, 0.1549, 0.875},
            {48, 0.184, 0.1535, 0.0359, 0.944}};
    private static final double[][] NONMAINTAINED_R = {
            {5, 0.8333, 0.1076, 0.6470, 1.000}, {8, 0.6667, 0.1361, 0.4468, 0.995},
            {12, 0.5833, 0.1423, 0.3616, 0.941}, {23, 0.4861, 0.1481, 0.2675, 0.883},
            {27, 0.3889, 0.1470, 0.1854, 0.816}, {30, 0.2917, 0.1387, 0.1148, 0.741},
            {33, 0.1944, 0.1219, 0.0569, 0.664}, {43, 0.0972, 0.0919, 0.0153, 0.620}};
    private static final double[][] POOLED_R = {
            {5, 0.9130, 0.0588, 0.8049, 1.000}, {8, 0.8261, 0.0790, 0.6848, 0.996},
            {9, 0.7826, 0.0860, 0.6310, 0.971}};

    /** time, survival, log-log lower, log-log upper, computed by hand from the formula. */
    private static final double[][] MAINTAINED_LOG_LOG = {
            {9, 0.9090909, 0.5080802, 0.9866738}, {13, 0.8181818, 0.4474286, 0.9511622},
            {18, 0.7159091, 0.3501904, 0.8990240}, {23, 0.6136364, 0.2657520, 0.8352992},
            {31, 0.4909091, 0.1673309, 0.7533998}, {34, 0.3681818, 0.0928296, 0.6570408},
            {48, 0.1840909, 0.0117385, 0.5250148}};
    private static final double[][] NONMAINTAINED_LOG_LOG = {
            {5, 0.8333333, 0.4817149, 0.9555094}, {8, 0.6666667, 0.3370189, 0.8597118},
            {12, 0.5833333, 0.2701389, 0.8009402}, {23, 0.4861111, 0.1918766, 0.7296716},
            {27, 0.3888889, 0.1262720, 0.6498174}, {30, 0.2916667, 0.0724016, 0.5608861},
            {33, 0.1944444, 0.0311986, 0.4614295}, {43, 0.0972222, 0.0057463, 0.3489039}};

    @Test
    void survival_and_greenwood_standard_errors_match_r_for_both_groups_and_the_pooled_curve() {
        assertMatchesR(KaplanMeier.estimate(counts(MAINTAINED)), MAINTAINED_R, 5e-4);
        assertMatchesR(KaplanMeier.estimate(counts(NONMAINTAINED)), NONMAINTAINED_R, 5e-5);
        assertMatchesR(KaplanMeier.estimate(pooled()), POOLED_R, 5e-5);
    }

    @Test
    void log_log_bands_match_the_hand_computed_values() {
        assertLogLog(KaplanMeier.estimate(counts(MAINTAINED)), MAINTAINED_LOG_LOG);
        assertLogLog(KaplanMeier.estimate(counts(NONMAINTAINED)), NONMAINTAINED_LOG_LOG);
    }

    @Test
    void the_nonmaintained_curve_reaches_zero_with_a_collapsed_band_and_ends_at_its_last_leaver() {
        SurvivalCurve curve = KaplanMeier.estimate(counts(NONMAINTAINED));

        Estimate day45 = curve.at(45);
        assertThat(day45.survival()).isEqualTo(0.0);
        assertThat(day45.lower()).isEqualTo(0.0);
        assertThat(day45.upper()).isEqualTo(0.0);
        assertThat(day45.greenwoodVariance()).isEqualTo(0.0);
        assertThat(curve.lastTime()).isEqualTo(45);
        assertThat(curve.at(46).observed()).isFalse();
        assertThat(KaplanMeier.estimate(counts(MAINTAINED)).at(160).survival()).isCloseTo(0.1840909, within(5e-8));
    }

    @Test
    void the_log_rank_test_matches_r_survdiff() {
        LogRank.Result result = LogRank.test(counts(MAINTAINED), counts(NONMAINTAINED));

        assertThat(result.observedA()).isEqualTo(7.0);
        assertThat(result.expectedA()).isCloseTo(10.69, within(0.005));
        assertThat(result.observedB()).isEqualTo(11.0);
        assertThat(result.expectedB()).isCloseTo(7.31, within(0.005));
        assertThat(result.chiSquare()).isCloseTo(3.40, within(0.005));
        assertThat(result.pValue()).isCloseTo(0.0653, within(5e-5));
    }

    private static void assertMatchesR(SurvivalCurve curve, double[][] rows, double survivalTolerance) {
        for (double[] row : rows) {
            Estimate estimate = curve.at((int) row[0]);
            double sqrtV = Math.sqrt(estimate.greenwoodVariance()) / estimate.survival();
            double logLower = estimate.survival() * Math.exp(-LogLogBand.Z * sqrtV);
            double logUpper = Math.min(1.0, estimate.survival() * Math.exp(LogLogBand.Z * sqrtV));
            assertThat(estimate.survival()).as("survival at %s", row[0]).isCloseTo(row[1], within(survivalTolerance));
            assertThat(Math.sqrt(estimate.greenwoodVariance())).as("std.err at %s", row[0])
                    .isCloseTo(row[2], within(5e-5));
            assertThat(logLower).as("log lower at %s", row[0]).isCloseTo(row[3], within(5e-5));
            assertThat(logUpper).as("log upper at %s", row[0]).isCloseTo(row[4], within(5e-4));
        }
    }

    private static void assertLogLog(SurvivalCurve curve, double[][] rows) {
        for (double[] row : rows) {
            Estimate estimate = curve.at((int) row[0]);
            assertThat(estimate.survival()).as("survival at %s", row[0]).isCloseTo(row[1], within(5e-8));
            assertThat(estimate.lower()).as("lower at %s", row[0]).isCloseTo(row[2], within(5e-8));
            assertThat(estimate.upper()).as("upper at %s", row[0]).isCloseTo(row[3], within(5e-8));
        }
    }

    private static List<TimeCount> counts(int[][] subjects) {
        List<TimeCount> counts = new ArrayList<>();
        for (int[] subject : subjects) {
            // one count per subject: ties at the same time are merged by the estimator
            counts.add(new TimeCount(subject[0], subject[1], 1 - subject[1]));
        }
        return counts;
    }

    private static List<TimeCount> pooled() {
        List<TimeCount> all = new ArrayList<>(counts(MAINTAINED));
        all.addAll(counts(NONMAINTAINED));
        return all;
    }
}
