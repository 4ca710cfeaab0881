package com.mentorplatform.ui.analytics;

import com.mentorplatform.ui.charts.ValueFormat;
import com.mentorplatform.ui.kit.Dates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/** How the dashboard writes its figures: one place, so every card, table and tooltip reads the same. */
final class Figures {

    private Figures() {}

    static String percent(Double ratio) {
        return ValueFormat.PERCENT.format(ratio);
    }

    static String decimal(Double value) {
        return value == null ? "–" : String.format(Locale.ENGLISH, "%.1f", value);
    }

    static String count(Number value) {
        return ValueFormat.COUNT.format(value);
    }

    /**
     * A ratio's percentage (0..100) for a chart, null kept as null; unrounded, so the chart's label rounds once,
     * exactly as the table's figure does.
     */
    static Double hundredths(Double ratio) {
        return ratio == null ? null : ratio * 100;
    }

    /** A difference of two ratios in percentage points, signed: "+4 pts". */
    static String points(Double difference) {
        return difference == null ? "–" : String.format(Locale.ENGLISH, "%+.0f pts", difference * 100);
    }

    static String day(LocalDate date) {
        return date == null ? "–" : Dates.day(date);
    }

    /** An instant as the time in the console's zone: "6 Dec 2026, 05:00". */
    static String moment(OffsetDateTime time) {
        return time == null ? "not yet" : Dates.moment(time);
    }
}
