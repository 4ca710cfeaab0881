package com.mentorplatform.ui.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * A proposed pair of a run: its score with the parts, its top reasons in words, the runner-up mentor, and how
 * many of the mentor's places this run's proposals use. {@code status} is PROPOSED or ACCEPTED.
 */
record Proposal(String id, String menteeId, String menteeName, String mentorId, String mentorName,
        BigDecimal score, List<ScorePart> parts, List<String> reasons, RunnerUp runnerUp, String source,
        String status, String pairId, int mentorCapacity, int capacityUsed) {

    Proposal {
        parts = parts == null ? List.of() : List.copyOf(parts);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    boolean isAccepted() {
        return "ACCEPTED".equals(status);
    }

    /** Whether a swap or an assignment made this pair rather than the optimiser. */
    boolean isByHand() {
        return "MANUAL".equals(source);
    }

    String capacityText() {
        return capacityUsed + " of " + mentorCapacity;
    }

    /** The best other mentor for the mentee, and in words why it was not chosen. */
    record RunnerUp(String mentorId, String mentorName, BigDecimal score, String whyNotChosen) {
    }
}
