package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.people.PersonStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A participant with the person's directory fields; {@code personStatus} is LEFT for leavers. */
@Serdeable
record ParticipantResponse(UUID id, UUID cohortId, UUID personId, String displayName, @Nullable String department,
                           @Nullable String location, @Nullable Integer level, PersonStatus personStatus,
                           ParticipantRole role, @Nullable Integer mentorCapacity, ParticipantStatus status,
                           Instant enrolledAt, @Nullable Instant withdrawnAt, @Nullable String withdrawalReason) {

    static ParticipantResponse of(Participant p) {
        return new ParticipantResponse(p.id(), p.cohortId(), p.personId(), p.displayName(), p.department(),
                p.location(), p.level(), p.personStatus(), p.role(), p.mentorCapacity(), p.status(), p.enrolledAt(),
                p.withdrawnAt(), p.withdrawalReason());
    }
}
