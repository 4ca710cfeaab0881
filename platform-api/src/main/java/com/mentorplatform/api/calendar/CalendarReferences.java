package com.mentorplatform.api.calendar;

import java.util.UUID;

/**
 * Implemented by features whose records point at calendar events (roadmap milestones due "before the
 * June promotion round"), so that an event in use is not deleted from under them. The calendar asks every
 * bean of this type before a delete, inside the caller's open tenant transaction; the implementing
 * feature depends on this one, never the other way.
 */
public interface CalendarReferences {

    /** How many of this feature's records point at the event. */
    long eventUses(UUID tenantId, UUID eventId);
}
