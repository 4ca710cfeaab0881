package com.mentorplatform.api.enrolments;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Writes enrolments and their ENROLLED history entries inside the caller's open transaction, in two
 * statements however many people are enrolled. Callers have checked the rules under the cohort lock.
 */
@Singleton
class Enrolling {

    /** Mentee places a mentor offers when the request does not say. */
    static final int DEFAULT_MENTOR_CAPACITY = 2;

    private final ParticipantRepository participants;
    private final ParticipantEventRepository events;

    Enrolling(ParticipantRepository participants, ParticipantEventRepository events) {
        this.participants = participants;
        this.events = events;
    }

    /** @return the new participants' ids, in the order of {@code personIds} */
    List<UUID> enrol(UUID tenantId, UUID cohortId, List<UUID> personIds, ParticipantRole role,
                     @Nullable Integer mentorCapacity, @Nullable UUID actorId) {
        Integer capacity = capacityFor(role, mentorCapacity);
        List<UUID> ids = personIds.stream().map(p -> UUID.randomUUID()).toList();
        participants.insertAll(tenantId, cohortId, text(ids), text(personIds), role.name(), capacity);
        List<UUID> eventIds = personIds.stream().map(p -> UUID.randomUUID()).toList();
        events.insertEnrolments(tenantId, text(eventIds), text(ids), actorId, role.name(), capacity);
        return ids;
    }

    /** The capacity stored for a new participant: mentors default to two mentees, mentees have none. */
    static Integer capacityFor(ParticipantRole role, @Nullable Integer requested) {
        if (role == ParticipantRole.MENTEE) {
            if (requested != null) {
                throw EnrolmentProblems.capacityIsForMentors();
            }
            return null;
        }
        return requested == null ? DEFAULT_MENTOR_CAPACITY : requested;
    }

    static String[] text(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
