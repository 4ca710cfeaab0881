package com.mentorplatform.api.enrolments;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** What a bulk enrolment did: how many were enrolled, and their new participant ids. */
@Serdeable
record BulkResult(ParticipantRole role, int added, List<UUID> participantIds) {
}
