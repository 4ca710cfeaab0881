package com.mentorplatform.ui.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A pair of the cohort with both names, its status and, in {@code reasons}, why they were matched. */
record Pair(String id, String cohortId, String mentorId, String mentorName, String menteeId, String menteeName,
        String source, PairStatus status, BigDecimal score, List<String> reasons, EndReason endReason,
        String endNote, Instant updatedAt) {
}
