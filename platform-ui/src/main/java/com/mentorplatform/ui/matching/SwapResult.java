package com.mentorplatform.ui.matching;

import java.math.BigDecimal;

/** A swap the API made: the change of the run's total score and both proposals as they are now. */
record SwapResult(BigDecimal scoreChange, Proposal first, Proposal second) {
}
