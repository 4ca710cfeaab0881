package com.mentorplatform.analytics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChiSquareTest {

    /** x, erfc(x) to 16 significant digits (standard tables; the C library's erfc agrees). */
    private static final double[][] ERFC = {
            {0.0, 1.0}, {0.1, 0.8875370839817152}, {0.5, 0.4795001221869535}, {1.0, 0.15729920705028513},
            {1.5, 0.033894853524689274}, {1.99, 0.004888586800383003}, {2.0, 0.004677734981047265},
            {2.5, 4.069520174449589e-4}, {3.0, 2.2090496998585438e-5}, {4.0, 1.541725790028002e-8},
            {5.0, 1.5374597944280351e-12}, {6.0, 2.1519736712498916e-17}};

    @Test
    void erfc_is_accurate_to_well_below_a_billionth_across_the_range_p_values_need() {
        for (double[] row : ERFC) {
            assertThat(ChiSquare.erfc(row[0])).as("erfc(%s)", row[0]).isCloseTo(row[1], within(1e-13));
            assertThat(ChiSquare.erfc(row[0])).as("erfc(%s) relative", row[0])
                    .isCloseTo(row[1], within(Math.max(1e-13, 1e-9 * row[1])));
        }
    }

    @Test
    void the_five_percent_critical_value_of_one_degree_of_freedom_gives_p_of_five_percent() {
        assertThat(ChiSquare.upperTailOneDegree(3.841458820694124)).isCloseTo(0.05, within(1e-12));
        assertThat(ChiSquare.upperTailOneDegree(6.634896601021214)).isCloseTo(0.01, within(1e-12));
        assertThat(ChiSquare.upperTailOneDegree(0.0)).isEqualTo(1.0);
    }
}
