package com.mentorplatform.api.demo;

import com.mentorplatform.api.calendar.CalendarEventRequest;
import com.mentorplatform.api.calendar.CalendarEventResponse;
import com.mentorplatform.api.calendar.CalendarService;
import com.mentorplatform.api.calendar.EventKind;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisational calendar for the next eighteen months: the yearly HR cycle (promotion rounds
 * in March and September, the autumn budget cycle, mid-year and year-end reviews) and two one-off events.
 */
@Singleton
class DemoCalendar {

    static final int MONTHS_AHEAD = 18;

    /** Kind, name (the year is appended), first and last day of every year's event. */
    private static final String[][] YEARLY = {
            {"PROMOTION_ROUND", "Promotion round March", "--03-02", "--03-20"},
            {"PROMOTION_ROUND", "Promotion round September", "--09-01", "--09-19"},
            {"BUDGET_CYCLE", "Budget cycle", "--09-01", "--11-30"},
            {"PERFORMANCE_REVIEW", "Mid-year performance review", "--06-01", "--06-30"},
            {"PERFORMANCE_REVIEW", "Year-end performance review", "--12-01", "--12-19"},
    };

    private final CalendarService calendar;

    DemoCalendar(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** @return the events created, in date order within each kind */
    List<CalendarEventResponse> seed(DemoRun run) {
        LocalDate today = run.today();
        LocalDate horizon = today.plusMonths(MONTHS_AHEAD);
        List<CalendarEventResponse> created = new ArrayList<>();
        for (int year = today.getYear(); year <= horizon.getYear(); year++) {
            for (String[] event : YEARLY) {
                LocalDate startsOn = MonthDay.parse(event[2]).atYear(year);
                LocalDate endsOn = MonthDay.parse(event[3]).atYear(year);
                if (!endsOn.isBefore(today) && !startsOn.isAfter(horizon)) {
                    created.add(create(run, EventKind.valueOf(event[0]), event[1] + " " + year, startsOn, endsOn));
                }
            }
        }
        LocalDate week = today.plusWeeks(6);
        created.add(create(run, EventKind.OTHER, "Mentoring week", week, week.plusDays(4)));
        LocalDate offsite = today.plusMonths(MONTHS_AHEAD - 1).plusDays(7);
        created.add(create(run, EventKind.OTHER, "Company offsite", offsite, offsite.plusDays(2)));
        return List.copyOf(created);
    }

    private CalendarEventResponse create(DemoRun run, EventKind kind, String name, LocalDate startsOn, LocalDate endsOn) {
        return calendar.create(run.admin(), run.valid(new CalendarEventRequest(kind, name, startsOn, endsOn)));
    }
}
