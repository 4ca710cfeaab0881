package com.mentorplatform.analytics.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The bands of coarsened exact matching, defined once. The comparison group is matched on
 * department, level band and tenure band as they stood at the cohort start.
 */
public final class Coarsening {

    /**
     * Lower bounds in whole years of the tenure bands above the first: under 1, 1–3, 3–6 and 6+
     * years. Passed to SQL's {@code width_bucket(full_years, ARRAY[1, 3, 6])}, which yields the same
     * band numbers 0..3 as {@link #tenureBand}, with full years as {@code extract(year from age(at, hired_on))}.
     */
    public static final int[] TENURE_YEAR_BOUNDS = {1, 3, 6};

    /**
     * Lower bounds of the level bands above the first (1–2, 3–4, 5–6, 7+), for SQL's
     * {@code width_bucket(level, ARRAY[3, 5, 7])}, which yields the band numbers 0..3 of {@link #levelBandLabel}.
     */
    public static final int[] LEVEL_BOUNDS = {3, 5, 7};

    /** The band of an unknown hire date. */
    public static final int UNKNOWN_TENURE = -1;

    private static final List<String> TENURE_LABELS = List.of("under 1 year", "1–3 years", "3–6 years", "6+ years");
    private static final List<String> LEVEL_BANDS = List.of("1–2", "3–4", "5–6", "7+", "unknown");

    private Coarsening() {
    }

    /** The tenure band (0..3) of someone hired on {@code hiredOn}, at {@code at}; −1 when the hire date is unknown. */
    public static int tenureBand(LocalDate hiredOn, LocalDate at) {
        if (hiredOn == null) {
            return UNKNOWN_TENURE;
        }
        // hired after the date (a later start than the cohort's) counts as under a year, as width_bucket does
        int fullYears = Period.between(hiredOn, at).getYears();
        int band = 0;
        while (band < TENURE_YEAR_BOUNDS.length && fullYears >= TENURE_YEAR_BOUNDS[band]) {
            band++;
        }
        return band;
    }

    public static String tenureBandLabel(int band) {
        if (band == UNKNOWN_TENURE) {
            return "unknown";
        }
        if (band < 0 || band >= TENURE_LABELS.size()) {
            throw new IllegalArgumentException("no tenure band " + band);
        }
        return TENURE_LABELS.get(band);
    }

    /** The level band: "1–2", "3–4", "5–6", "7+", or "unknown" when the level is not recorded. */
    public static String levelBand(Integer level) {
        if (level == null || level < 1) {
            return "unknown";
        }
        return level >= 7 ? "7+" : LEVEL_BANDS.get((level - 1) / 2);
    }

    /** The label of a level band number as {@link #LEVEL_BOUNDS} gives it; a negative band is "unknown". */
    public static String levelBandLabel(int band) {
        if (band >= LEVEL_BANDS.size() - 1) {
            throw new IllegalArgumentException("no level band " + band);
        }
        return band < 0 ? "unknown" : LEVEL_BANDS.get(band);
    }

    /** Every level band, in order, "unknown" last. */
    public static List<String> levelBands() {
        return LEVEL_BANDS;
    }
}
