package com.mentorplatform.ui.calendar;

import com.mentorplatform.client.model.CalendarEventRequest;
import com.mentorplatform.client.model.CalendarEventResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The organisational calendar at {@code /api/calendar}: every tenant role reads it, HR changes it. */
final class CalendarClient {

    private static final String EVENTS = "/api/calendar";

    private final ApiClient api;

    CalendarClient(ApiClient api) {
        this.api = api;
    }

    /** Events overlapping [from, to], both inclusive, in date order. */
    List<CalendarEventResponse> between(LocalDate from, LocalDate to) {
        return api.getList(EVENTS + ApiPaths.query(Map.of("from", from.toString(), "to", to.toString())),
                CalendarEventResponse.class);
    }

    CalendarEventResponse create(CalendarEventRequest event) {
        return api.send("POST", EVENTS, event, CalendarEventResponse.class);
    }

    CalendarEventResponse update(String id, CalendarEventRequest event) {
        return api.send("PATCH", EVENTS + "/" + ApiPaths.encode(id), event, CalendarEventResponse.class);
    }

    void delete(String id) {
        api.send("DELETE", EVENTS + "/" + ApiPaths.encode(id), null);
    }
}
