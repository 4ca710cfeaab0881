package com.mentorplatform.api.matching;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A mentee a run left without a mentor, and why in plain words. */
@Serdeable
@MappedEntity("matching_unmatched")
record Unmatched(@Id UUID menteeId, String menteeName, String reason, String explanation) {
}
