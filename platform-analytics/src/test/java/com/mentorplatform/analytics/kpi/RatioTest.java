package com.mentorplatform.analytics.kpi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RatioTest {

    @Test
    void a_share_is_the_numerator_over_the_denominator_to_four_decimals() {
        assertThat(Ratio.of(3, 4)).isEqualTo(0.75);
        assertThat(Ratio.of(1, 3)).isEqualTo(0.3333);
        assertThat(Ratio.of(2, 3)).isEqualTo(0.6667);
        assertThat(Ratio.of(0, 5)).isEqualTo(0.0);
    }

    @Test
    void an_empty_whole_has_no_share_rather_than_zero() {
        assertThat(Ratio.of(0, 0)).isNull();
    }

    @Test
    void the_match_rate_is_matched_over_enrolled_and_seventy_percent_is_the_bar() {
        assertThat(MatchRate.TARGET).isEqualTo(0.70);
        assertThat(MatchRate.of(45, 60)).isEqualTo(0.75);
        assertThat(MatchRate.meetsTarget(MatchRate.of(45, 60))).isTrue();
        assertThat(MatchRate.meetsTarget(MatchRate.of(41, 60))).isFalse();
        assertThat(MatchRate.meetsTarget(MatchRate.of(7, 10))).isTrue();
        assertThat(MatchRate.meetsTarget(MatchRate.of(0, 0))).isFalse();
    }
}
