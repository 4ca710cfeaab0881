package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.EndReason;
import com.mentorplatform.client.model.PairStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A pair of the cohort with both names, its status, in {@code reasons} why they were matched, and in
 * {@code allowedTransitions} the statuses the API lets it move to next (none once it has ended).
 */
record Pair(String id, String cohortId, String mentorId, String mentorName, String menteeId, String menteeName,
        String source, PairStatus status, BigDecimal score, List<String> reasons, EndReason endReason,
        String endNote, Instant updatedAt, List<PairStatus> allowedTransitions) {

    Pair {
        allowedTransitions = allowedTransitions == null ? List.of() : List.copyOf(allowedTransitions);
    }

    boolean isEnded() {
        return allowedTransitions.isEmpty();
    }
}
