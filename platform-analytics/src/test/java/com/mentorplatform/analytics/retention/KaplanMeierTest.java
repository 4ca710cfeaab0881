package com.mentorplatform.analytics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    @Test
    void counts_for_the_same_day_are_merged_as_they_arrive_from_several_sql_groups() {
        SurvivalCurve split = KaplanMeier.estimate(List.of(
                new TimeCount(30, 1, 0), new TimeCount(10, 0, 2), new TimeCount(30, 1, 1), new TimeCount(10, 1, 0),
                new TimeCount(20, 0, 0)));
        SurvivalCurve merged = KaplanMeier.estimate(List.of(new TimeCount(10, 1, 2), new TimeCount(30, 2, 1)));

        assertThat(split).isEqualTo(merged);
        assertThat(split.subjects()).isEqualTo(6);
        assertThat(split.events()).isEqualTo(3);
        // day 10: 6 at risk, 1 leaves → 5/6; the 2 censored then leave the risk set; day 30: 3 at risk, 2 leave
        assertThat(split.at(30).survival()).isCloseTo(5.0 / 18, within(1e-15));
    }

    @Test
    void people_still_employed_are_never_counted_as_having_stayed_past_the_day_they_were_last_seen() {
        // ten people all still employed at day 100: the curve is 1 up to day 100 and unknown after
        SurvivalCurve curve = KaplanMeier.estimate(List.of(new TimeCount(100, 0, 10)));

        assertThat(curve.at(100).survival()).isEqualTo(1.0);
        assertThat(curve.at(100).atRisk()).isEqualTo(10);
        assertThat(curve.at(365).observed()).isFalse();
    }

    @Test
    void a_curve_without_subjects_observes_nothing() {
        SurvivalCurve curve = KaplanMeier.estimate(List.of());

        assertThat(curve.steps()).isEmpty();
        assertThat(curve.lastTime()).isEqualTo(-1);
        assertThat(curve.at(0).observed()).isFalse();
        assertThat(LogRank.test(List.of(), List.of()).pValue()).isEqualTo(1.0);
    }

    @Test
    void negative_counts_are_rejected() {
        assertThatThrownBy(() -> new TimeCount(3, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeCount(-1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
