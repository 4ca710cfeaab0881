package com.mentorplatform.api.calendar;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code calendar_events}; both dates are inclusive. */
@MappedEntity("calendar_events")
record CalendarEvent(UUID tenantId, @Id UUID id, String kind, String name, LocalDate startsOn, LocalDate endsOn) {
}
