package com.mentorplatform.analytics.kpi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetPromoterScoreTest {

    @Test
    void promoters_minus_detractors_as_a_percentage_of_all_answers() {
        assertThat(NetPromoterScore.of(5, 2, 10)).isEqualTo(30.0);
        assertThat(NetPromoterScore.of(1, 2, 3)).isEqualTo(-33.3);
    }

    @Test
    void passives_count_in_the_whole_but_on_neither_side() {
        assertThat(NetPromoterScore.of(0, 0, 4)).isEqualTo(0.0);
    }

    @Test
    void all_promoters_is_a_hundred_and_all_detractors_minus_a_hundred() {
        assertThat(NetPromoterScore.of(7, 0, 7)).isEqualTo(100.0);
        assertThat(NetPromoterScore.of(0, 7, 7)).isEqualTo(-100.0);
    }

    @Test
    void no_answers_have_no_score() {
        assertThat(NetPromoterScore.of(0, 0, 0)).isNull();
    }

    @Test
    void more_promoters_and_detractors_than_answers_is_refused() {
        assertThatThrownBy(() -> NetPromoterScore.of(3, 2, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
