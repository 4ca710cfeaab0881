package com.mentorplatform.ui.kit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the console writes dates, moments and durations: one British-English style ("6 Sept 2027",
 * "Mon 6 Sept 2027, 14:30") on every screen. Instants are shown in the console's time zone unless a caller
 * passes a zoned time. An absent value is written as nothing; a screen that says more ("not yet") says it itself.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = pattern("d MMM yyyy");
    private static final DateTimeFormatter DAY_IN_YEAR = pattern("d MMM");
    private static final DateTimeFormatter WEEKDAY_IN_YEAR = pattern("EEE d MMM");
    private static final DateTimeFormatter WEEKDAY = pattern("EEE d MMM yyyy");
    private static final DateTimeFormatter MOMENT = pattern("d MMM yyyy, HH:mm");
    private static final DateTimeFormatter WEEKDAY_MOMENT = pattern("EEE d MMM yyyy, HH:mm");
    private static final DateTimeFormatter MOMENT_WITH_ZONE = pattern("d MMM yyyy, HH:mm z");
    private static final DateTimeFormatter MONTH = pattern("MMMM yyyy");

    private Dates() {}

    /** "6 Sept 2027". */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The day of an instant in the console's time zone, "6 Sept 2027". */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(local(instant));
    }

    /** The day of a contract model's instant in the console's time zone, "6 Sept 2027". */
    public static String day(OffsetDateTime time) {
        return time == null ? "" : day(time.toInstant());
    }

    /** "6 Sept", for a date whose year is plain from the context. */
    public static String dayInYear(LocalDate date) {
        return date == null ? "" : DAY_IN_YEAR.format(date);
    }

    /** "Mon 6 Sept", a day close to today. */
    public static String weekdayInYear(ZonedDateTime time) {
        return time == null ? "" : WEEKDAY_IN_YEAR.format(time);
    }

    /** "Mon 6 Sept 2027". */
    public static String weekday(LocalDate date) {
        return date == null ? "" : WEEKDAY.format(date);
    }

    /** "6 Sept 2027, 14:30" in the console's time zone. */
    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(local(instant));
    }

    /** A contract model's instant, "6 Sept 2027, 14:30" in the console's time zone. */
    public static String moment(OffsetDateTime time) {
        return time == null ? "" : moment(time.toInstant());
    }

    /** "Mon 6 Sept 2027, 14:30", a meeting's time in the zone it is shown in. */
    public static String weekdayMoment(ZonedDateTime time) {
        return time == null ? "" : WEEKDAY_MOMENT.format(time);
    }

    /** "6 Sept 2027, 14:30 CEST", where the reader may be elsewhere than the console. */
    public static String momentWithZone(Instant instant) {
        return instant == null ? "" : MOMENT_WITH_ZONE.format(local(instant));
    }

    /** "September 2027". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "1 Mar – 31 May 2027", "1 Dec 2027 – 28 Feb 2028", or one day when both ends are the same. */
    public static String period(LocalDate from, LocalDate to) {
        if (to == null || to.equals(from)) {
            return day(from);
        }
        String start = from.getYear() == to.getYear() ? dayInYear(from) : day(from);
        return start + " – " + day(to);
    }

    /** "today", "yesterday", "23 days ago". */
    public static String daysAgo(long days) {
        if (days == 0) {
            return "today";
        }
        return days == 1 ? "yesterday" : days + " days ago";
    }

    /** "every day", "every 14 days": how often something recurs, such as a cohort's check-ins. */
    public static String everyDays(int days) {
        return days == 1 ? "every day" : "every " + days + " days";
    }

    /** "45 min", a meeting's length. */
    public static String minutes(int minutes) {
        return minutes + " min";
    }

    /** "1 minute", "3 minutes": a wait rounded up to whole minutes, never less than one. */
    public static String waitInMinutes(Duration wait) {
        long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static ZonedDateTime local(Instant instant) {
        return instant.atZone(ZoneId.systemDefault());
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK);
    }
}
