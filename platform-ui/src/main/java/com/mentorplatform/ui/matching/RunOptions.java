package com.mentorplatform.ui.matching;

import com.mentorplatform.ui.programmes.MatchingWeights;
import java.math.BigDecimal;

/**
 * What a run is asked for: the lowest score to propose, whether approved pairs stay, and the weights as they are
 * on screen, which the API uses for this run only (saving them stores them with the cohort).
 */
record RunOptions(BigDecimal minScore, boolean keepApprovedPairs, MatchingWeights weights) {
}
