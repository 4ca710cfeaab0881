package com.mentorplatform.api.matching;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A swap that was made: the change of the run's total score and both proposals as they are now. */
@Serdeable
record SwapResponse(BigDecimal scoreChange, ProposalResponse first, ProposalResponse second) {
}
