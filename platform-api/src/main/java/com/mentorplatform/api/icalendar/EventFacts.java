package com.mentorplatform.api.icalendar;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * What a check-in's calendar event shows: when, who (the person who scheduled it organises; mentor and mentee
 * attend), in which tenant, and how many updates of its invitation were sent. Never its agenda, notes, feedback or
 * anyone's private note: a feed is often handed to a calendar service outside the company.
 */
@Introspected
record EventFacts(UUID checkInId, String status, Instant occursAt, @Nullable Integer durationMinutes,
                  String organizerName, String organizerEmail, UUID mentorId, String mentorName, String mentorEmail,
                  UUID menteeId, String menteeName, String menteeEmail, String tenantName, int sequence) {

    boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** The name of the pair's other member, seen from {@code personId}. */
    String otherThan(UUID personId) {
        return personId.equals(mentorId) ? menteeName : mentorName;
    }
}
