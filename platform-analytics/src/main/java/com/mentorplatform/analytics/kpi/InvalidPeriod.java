package com.mentorplatform.analytics.kpi;

/** A reporting period that cannot be reported on, naming the bound at fault ({@code from} or {@code to}). */
public final class InvalidPeriod extends IllegalArgumentException {

    private final String field;

    InvalidPeriod(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The bound at fault: {@code from} or {@code to}. */
    public String field() {
        return field;
    }
}
