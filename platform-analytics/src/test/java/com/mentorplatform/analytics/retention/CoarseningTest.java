package com.mentorplatform.analytics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoarseningTest {

    private static final LocalDate COHORT_START = LocalDate.of(2024, 3, 1);

    @Test
    void tenure_bands_change_on_the_anniversary_of_the_hire_date() {
        assertThat(Coarsening.tenureBand(LocalDate.of(2023, 3, 2), COHORT_START)).isZero();
        assertThat(Coarsening.tenureBand(LocalDate.of(2023, 3, 1), COHORT_START)).isEqualTo(1);
        assertThat(Coarsening.tenureBand(LocalDate.of(2021, 3, 2), COHORT_START)).isEqualTo(1);
        assertThat(Coarsening.tenureBand(LocalDate.of(2021, 3, 1), COHORT_START)).isEqualTo(2);
        assertThat(Coarsening.tenureBand(LocalDate.of(2018, 3, 2), COHORT_START)).isEqualTo(2);
        assertThat(Coarsening.tenureBand(LocalDate.of(2018, 3, 1), COHORT_START)).isEqualTo(3);
        assertThat(Coarsening.tenureBand(LocalDate.of(1990, 1, 1), COHORT_START)).isEqualTo(3);
    }

    @Test
    void someone_hired_after_the_cohort_start_is_in_the_first_band_and_an_unknown_hire_date_has_its_own() {
        assertThat(Coarsening.tenureBand(LocalDate.of(2024, 6, 1), COHORT_START)).isZero();
        assertThat(Coarsening.tenureBand(null, COHORT_START)).isEqualTo(-1);
        assertThat(Coarsening.tenureBandLabel(-1)).isEqualTo("unknown");
    }

    @Test
    void every_tenure_band_has_a_label_matching_the_bounds_shared_with_sql() {
        assertThat(Coarsening.TENURE_YEAR_BOUNDS).containsExactly(1, 3, 6);
        assertThat(Coarsening.tenureBandLabel(0)).isEqualTo("under 1 year");
        assertThat(Coarsening.tenureBandLabel(1)).isEqualTo("1–3 years");
        assertThat(Coarsening.tenureBandLabel(2)).isEqualTo("3–6 years");
        assertThat(Coarsening.tenureBandLabel(3)).isEqualTo("6+ years");
        assertThatThrownBy(() -> Coarsening.tenureBandLabel(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void levels_fall_into_pairs_up_to_seven_and_a_missing_level_is_unknown() {
        assertThat(Coarsening.levelBand(1)).isEqualTo("1–2");
        assertThat(Coarsening.levelBand(2)).isEqualTo("1–2");
        assertThat(Coarsening.levelBand(3)).isEqualTo("3–4");
        assertThat(Coarsening.levelBand(4)).isEqualTo("3–4");
        assertThat(Coarsening.levelBand(5)).isEqualTo("5–6");
        assertThat(Coarsening.levelBand(6)).isEqualTo("5–6");
        assertThat(Coarsening.levelBand(7)).isEqualTo("7+");
        assertThat(Coarsening.levelBand(20)).isEqualTo("7+");
        assertThat(Coarsening.levelBand(null)).isEqualTo("unknown");
        assertThat(Coarsening.levelBands()).containsExactly("1–2", "3–4", "5–6", "7+", "unknown");
    }
}
