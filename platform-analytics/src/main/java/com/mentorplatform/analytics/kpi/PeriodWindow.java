package com.mentorplatform.analytics.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A reporting period of whole days, both ends included, and the period of the same length just before it,
 * so that a figure can be shown with its change.
 */
public record PeriodWindow(LocalDate from, LocalDate to) {

    /** The period shown when none is asked for: the last 90 days, today included. */
    public static final int DEFAULT_DAYS = 90;

    public PeriodWindow {
        if (from.isAfter(to)) {
            throw new InvalidPeriod("from", "must not be after to");
        }
    }

    /**
     * The period asked for, either end optional: {@code to} defaults to today and {@code from} to 89 days
     * before {@code to}. Neither end may lie after today (there is nothing to report yet) and {@code from}
     * may not lie after {@code to}.
     *
     * @throws InvalidPeriod naming the bound at fault
     */
    public static PeriodWindow of(LocalDate from, LocalDate to, LocalDate today) {
        if (to != null && to.isAfter(today)) {
            throw new InvalidPeriod("to", "must not be after today");
        }
        if (from != null && from.isAfter(today)) {
            throw new InvalidPeriod("from", "must not be after today");
        }
        LocalDate end = to == null ? today : to;
        return new PeriodWindow(from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from, end);
    }

    /** How many days the period covers, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public PeriodWindow previous() {
        return new PeriodWindow(from.minusDays(days()), from.minusDays(1));
    }
}
