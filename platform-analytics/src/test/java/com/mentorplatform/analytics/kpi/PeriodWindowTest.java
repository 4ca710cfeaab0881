package com.mentorplatform.analytics.kpi;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodWindowTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-06");

    @Test
    void without_bounds_the_period_is_the_last_ninety_days_and_the_previous_ninety_before_it() {
        PeriodWindow period = PeriodWindow.of(null, null, TODAY);

        assertThat(period).isEqualTo(new PeriodWindow(LocalDate.parse("2026-09-08"), TODAY));
        assertThat(period.days()).isEqualTo(90);
        assertThat(period.previous()).isEqualTo(
                new PeriodWindow(LocalDate.parse("2026-06-10"), LocalDate.parse("2026-09-07")));
        assertThat(period.previous().days()).isEqualTo(90);
    }

    @Test
    void the_previous_period_has_the_same_length_and_ends_the_day_before() {
        PeriodWindow march = PeriodWindow.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), TODAY);

        assertThat(march.days()).isEqualTo(31);
        assertThat(march.previous()).isEqualTo(
                new PeriodWindow(LocalDate.parse("2026-01-29"), LocalDate.parse("2026-02-28")));
    }

    @Test
    void a_single_day_is_a_period_of_one_day() {
        PeriodWindow day = PeriodWindow.of(TODAY, TODAY, TODAY);

        assertThat(day.days()).isEqualTo(1);
        assertThat(day.previous()).isEqualTo(new PeriodWindow(TODAY.minusDays(1), TODAY.minusDays(1)));
    }

    @Test
    void only_to_given_counts_ninety_days_back_from_it() {
        assertThat(PeriodWindow.of(null, LocalDate.parse("2026-06-30"), TODAY).from())
                .isEqualTo(LocalDate.parse("2026-04-02"));
    }

    @Test
    void a_reversed_period_names_from() {
        assertThatThrownBy(() -> PeriodWindow.of(TODAY, TODAY.minusDays(1), TODAY))
                .isInstanceOfSatisfying(InvalidPeriod.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void a_future_bound_names_itself() {
        assertThatThrownBy(() -> PeriodWindow.of(null, TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(InvalidPeriod.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> PeriodWindow.of(TODAY.plusDays(1), null, TODAY))
                .isInstanceOfSatisfying(InvalidPeriod.class, e -> assertThat(e.field()).isEqualTo("from"));
    }
}
