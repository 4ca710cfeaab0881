package com.mentorplatform.api.checkins;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One author's private note on a check-in, as its author reads it back. */
@MappedEntity("check_in_private_notes")
record PrivateNote(@Id UUID checkInId, String note, Instant updatedAt) {
}
