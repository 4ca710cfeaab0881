package com.mentorplatform.ui.matching;

import java.math.BigDecimal;

/** One part of a pair's score: its value in [0, 1], its normalised weight, and what it added to the score. */
record ScorePart(String component, String label, BigDecimal value, BigDecimal weight, BigDecimal contribution) {
}
