package com.mentorplatform.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    @Test
    void a_period_names_the_year_once_when_both_ends_share_it() {
        assertThat(Dates.period(MARCH_1, LocalDate.of(2027, 5, 31))).isEqualTo("1 Mar – 31 May 2027");
        assertThat(Dates.period(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 2, 28))).isEqualTo("1 Dec 2027 – 28 Feb 2028");
        assertThat(Dates.period(MARCH_1, MARCH_1)).isEqualTo("1 Mar 2027");
    }

    @Test
    void days_and_moments_read_in_british_english() {
        assertThat(Dates.day(MARCH_1)).isEqualTo("1 Mar 2027");
        assertThat(Dates.weekday(MARCH_1)).isEqualTo("Mon 1 Mar 2027");
        assertThat(Dates.weekdayMoment(ZonedDateTime.of(2027, 3, 1, 14, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("Mon 1 Mar 2027, 14:30");
        assertThat(Dates.month(YearMonth.of(2027, 3))).isEqualTo("March 2027");
    }

    @Test
    void an_absent_date_is_written_as_nothing() {
        assertThat(Dates.day((LocalDate) null)).isEmpty();
        assertThat(Dates.moment((Instant) null)).isEmpty();
        assertThat(Dates.moment((OffsetDateTime) null)).isEmpty();
        assertThat(Dates.day((OffsetDateTime) null)).isEmpty();
    }

    @Test
    void time_since_and_waits_read_as_people_say_them() {
        assertThat(Dates.daysAgo(0)).isEqualTo("today");
        assertThat(Dates.daysAgo(1)).isEqualTo("yesterday");
        assertThat(Dates.daysAgo(23)).isEqualTo("23 days ago");
        assertThat(Dates.waitInMinutes(Duration.ofSeconds(10))).isEqualTo("1 minute");
        assertThat(Dates.waitInMinutes(Duration.ofSeconds(61))).isEqualTo("2 minutes");
    }

    @Test
    void a_cadence_reads_every_day_or_every_so_many_days() {
        assertThat(Dates.everyDays(1)).isEqualTo("every day");
        assertThat(Dates.everyDays(14)).isEqualTo("every 14 days");
    }
}
