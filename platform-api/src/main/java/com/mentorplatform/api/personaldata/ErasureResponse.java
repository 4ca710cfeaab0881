package com.mentorplatform.api.personaldata;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * What an erasure removed or pseudonymised, counted; it is also the audit record of the erasure, so it
 * never holds any of the erased data.
 */
@Serdeable
record ErasureResponse(UUID personId, Instant erasedAt, int journalEntriesDeleted, int evidenceDeleted,
                       int privateNotesDeleted, int surveyCommentsCleared, int refreshTokensRevoked, int exportsDiscarded,
                       int auditRowsPseudonymised, int messagesPseudonymised) {
}
