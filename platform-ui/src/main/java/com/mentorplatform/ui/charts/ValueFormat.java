package com.mentorplatform.ui.charts;

import java.util.Locale;

/** How a chart's values read: counts, ratios shown as percentages, or decimals. */
public enum ValueFormat {
    COUNT,
    PERCENT,
    DECIMAL;

    /** The value as a person reads it, "–" when there is none (a rate over nobody, say). */
    public String format(Number value) {
        if (value == null) {
            return "–";
        }
        return switch (this) {
            case COUNT -> String.format(Locale.ENGLISH, "%,d", Math.round(value.doubleValue()));
            case PERCENT -> String.format(Locale.ENGLISH, "%.0f%%", value.doubleValue() * 100);
            case DECIMAL -> String.format(Locale.ENGLISH, "%.2f", value.doubleValue());
        };
    }
}
