package com.mentorplatform.api.matching;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** The run and cohort a proposal belongs to. */
@Introspected
record ProposalOwner(UUID runId, UUID cohortId) {
}
