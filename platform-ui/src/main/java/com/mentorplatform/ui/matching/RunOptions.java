package com.mentorplatform.ui.matching;

import java.math.BigDecimal;

/** What a run is asked for besides the cohort's stored weights: the lowest score to propose, and kept pairs. */
record RunOptions(BigDecimal minScore, boolean keepApprovedPairs) {
}
