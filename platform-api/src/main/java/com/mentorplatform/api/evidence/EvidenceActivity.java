package com.mentorplatform.api.evidence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** How much evidence one mentee added over a period. */
@MappedEntity
record EvidenceActivity(@Id UUID menteeId, int evidence) {
}
