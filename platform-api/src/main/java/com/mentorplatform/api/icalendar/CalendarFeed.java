package com.mentorplatform.api.icalendar;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person's feed, found by the hash of its token: whose check-ins it shows. */
@MappedEntity("calendar_feeds")
record CalendarFeed(UUID tenantId, @Id UUID personId, Instant createdAt) {
}
