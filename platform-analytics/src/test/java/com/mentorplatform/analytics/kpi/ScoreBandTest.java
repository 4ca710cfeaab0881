package com.mentorplatform.analytics.kpi;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreBandTest {

    @Test
    void a_score_on_a_bound_belongs_to_the_band_above() {
        assertThat(ScoreBand.of(0.0)).isEqualTo(ScoreBand.BELOW_HALF);
        assertThat(ScoreBand.of(0.4999)).isEqualTo(ScoreBand.BELOW_HALF);
        assertThat(ScoreBand.of(0.5)).isEqualTo(ScoreBand.HALF);
        assertThat(ScoreBand.of(0.65)).isEqualTo(ScoreBand.SIX_TENTHS);
        assertThat(ScoreBand.of(0.7999)).isEqualTo(ScoreBand.SEVEN_TENTHS);
        assertThat(ScoreBand.of(0.8)).isEqualTo(ScoreBand.EIGHT_TENTHS_AND_ABOVE);
        assertThat(ScoreBand.of(1.0)).isEqualTo(ScoreBand.EIGHT_TENTHS_AND_ABOVE);
    }

    @Test
    void the_bands_read_as_screens_show_them() {
        assertThat(Arrays.stream(ScoreBand.values()).map(ScoreBand::label))
                .containsExactly("<0.5", "0.5–0.6", "0.6–0.7", "0.7–0.8", "0.8+");
    }

    @Test
    void the_sql_bounds_number_the_bands_as_width_bucket_does() {
        // width_bucket(0.65, ARRAY[0.5, 0.6, 0.7, 0.8]) = 2: two bounds are <= 0.65
        assertThat(ScoreBand.bounds()).containsExactly(0.5, 0.6, 0.7, 0.8);
        assertThat(ScoreBand.sqlBounds()).containsExactly("0.5", "0.6", "0.7", "0.8");
        assertThat(ScoreBand.ofBucket(0)).isEqualTo(ScoreBand.BELOW_HALF);
        assertThat(ScoreBand.ofBucket(2)).isEqualTo(ScoreBand.of(0.65));
        assertThat(ScoreBand.ofBucket(4)).isEqualTo(ScoreBand.EIGHT_TENTHS_AND_ABOVE);
    }

    @Test
    void a_score_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> ScoreBand.of(1.2)).isInstanceOf(IllegalArgumentException.class);
    }
}
