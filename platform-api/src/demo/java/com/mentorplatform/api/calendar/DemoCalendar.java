package com.mentorplatform.api.calendar;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
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
class DemoCalendar implements DemoStep {

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

    @Override
    public int order() {
        return 200;
    }

    /** Creates the events; the promotion rounds, in date order, are for the roadmaps' milestones to align with. */
    @Override
    public void seed(DemoWorld world) {
        LocalDate today = world.today();
        LocalDate horizon = today.plusMonths(MONTHS_AHEAD);
        List<CalendarEventResponse> created = new ArrayList<>();
        for (int year = today.getYear(); year <= horizon.getYear(); year++) {
            for (String[] event : YEARLY) {
                LocalDate startsOn = MonthDay.parse(event[2]).atYear(year);
                LocalDate endsOn = MonthDay.parse(event[3]).atYear(year);
                if (!endsOn.isBefore(today) && !startsOn.isAfter(horizon)) {
                    created.add(create(world, EventKind.valueOf(event[0]), event[1] + " " + year, startsOn, endsOn));
                }
            }
        }
        LocalDate week = today.plusWeeks(6);
        created.add(create(world, EventKind.OTHER, "Mentoring week", week, week.plusDays(4)));
        LocalDate offsite = today.plusMonths(MONTHS_AHEAD - 1).plusDays(7);
        created.add(create(world, EventKind.OTHER, "Company offsite", offsite, offsite.plusDays(2)));
        world.count("calendar events", created.size());
        world.put(DemoWorld.PROMOTION_ROUNDS, created.stream().filter(e -> e.kind() == EventKind.PROMOTION_ROUND)
                .map(e -> new DemoWorld.DatedEvent(e.id(), e.startsOn())).toList());
    }

    private CalendarEventResponse create(DemoWorld world, EventKind kind, String name, LocalDate startsOn, LocalDate endsOn) {
        return calendar.create(world.admin(), world.valid(new CalendarEventRequest(kind, name, startsOn, endsOn)));
    }
}
