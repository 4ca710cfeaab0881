package com.mentorplatform.analytics.matching;

/**
 * A person's usual working day in their own local time.
 *
 * @param utcOffsetMinutes offset of the local time zone from UTC, e.g. {@code 60} for CET
 * @param startMinute      start of the working day, minutes after local midnight (0–1439)
 * @param endMinute        end of the working day, minutes after local midnight; may be lower than
 *                         {@code startMinute} for a day that runs past midnight
 */
public record WorkingHours(int utcOffsetMinutes, int startMinute, int endMinute) {

    private static final int DAY = 24 * 60;

    public WorkingHours {
        if (startMinute < 0 || startMinute >= DAY || endMinute < 0 || endMinute > DAY) {
            throw new IllegalArgumentException("working minutes must lie within one day");
        }
        if (utcOffsetMinutes < -14 * 60 || utcOffsetMinutes > 14 * 60) {
            throw new IllegalArgumentException("UTC offset out of range: " + utcOffsetMinutes);
        }
    }

    /** Nine to five at the given UTC offset in hours. */
    public static WorkingHours nineToFive(int utcOffsetHours) {
        return new WorkingHours(utcOffsetHours * 60, 9 * 60, 17 * 60);
    }

    int durationMinutes() {
        int duration = endMinute - startMinute;
        return duration > 0 ? duration : duration + DAY;
    }

    /** Start of the working day in UTC, normalised into [0, 1440). */
    int utcStartMinute() {
        return Math.floorMod(startMinute - utcOffsetMinutes, DAY);
    }
}
