package com.mentorplatform.api.calendar;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of {@code POST /api/calendar}, and the document a {@code PATCH} is merged into. Dates are inclusive. */
@Serdeable
@Introspected
record CalendarEventRequest(@NotNull EventKind kind, @NotBlank @Size(max = 200) String name,
                            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {

    static CalendarEventRequest of(CalendarEvent e) {
        return new CalendarEventRequest(EventKind.valueOf(e.kind()), e.name(), e.startsOn(), e.endsOn());
    }
}
