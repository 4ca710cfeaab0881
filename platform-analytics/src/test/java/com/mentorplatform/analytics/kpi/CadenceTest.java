package com.mentorplatform.analytics.kpi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CadenceTest {

    @Test
    void a_fortnightly_cadence_expects_about_two_check_ins_a_month() {
        // 30.44 / 14 = 2.1743 -> 2.17; 30.44 / 7 = 4.3486 -> 4.35; 30.44 / 30 = 1.0147 -> 1.01
        assertThat(Cadence.expectedPerPairMonth(14)).isEqualTo(2.17);
        assertThat(Cadence.expectedPerPairMonth(7)).isEqualTo(4.35);
        assertThat(Cadence.expectedPerPairMonth(30)).isEqualTo(1.01);
    }

    @Test
    void check_ins_are_counted_per_month_of_active_pair_time() {
        // two pairs active 30.44 days each = 2 pair-months; 3 check-ins -> 1.5 per pair-month
        assertThat(Cadence.perPairMonth(3, 60.88)).isEqualTo(1.5);
        // one pair active 90 days (2.9566 pair-months) holding 6 -> 6 * 30.44 / 90 = 2.0293 -> 2.03
        assertThat(Cadence.perPairMonth(6, 90)).isEqualTo(2.03);
    }

    @Test
    void no_active_pair_time_gives_no_rate() {
        assertThat(Cadence.perPairMonth(0, 0)).isNull();
    }

    @Test
    void expected_check_ins_over_cohorts_of_different_cadences_weigh_each_by_its_pair_time() {
        // 60 pair-days at 14 days (60/14 = 4.2857 expected) and 30 pair-days at 7 (30/7 = 4.2857 expected):
        // 8.5714 expected over 90 pair-days -> 8.5714 * 30.44 / 90 = 2.8990 -> 2.9
        assertThat(Cadence.perPairMonth(60.0 / 14 + 30.0 / 7, 90)).isEqualTo(2.9);
        // one cohort alone gives its own expectation back
        assertThat(Cadence.perPairMonth(70.0 / 14, 70)).isEqualTo(Cadence.expectedPerPairMonth(14));
    }

    @Test
    void a_cadence_is_a_positive_number_of_days() {
        assertThatThrownBy(() -> Cadence.expectedPerPairMonth(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
