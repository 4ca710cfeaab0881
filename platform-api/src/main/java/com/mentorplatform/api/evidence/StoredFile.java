package com.mentorplatform.api.evidence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** The bytes of an evidence file, kept apart from the evidence row so that listings never read them. */
@MappedEntity("evidence_files")
record StoredFile(@Id UUID evidenceId, byte[] content) {
}
