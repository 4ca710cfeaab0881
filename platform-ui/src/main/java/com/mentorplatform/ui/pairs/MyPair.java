package com.mentorplatform.ui.pairs;

import com.mentorplatform.client.model.EndReason;
import com.mentorplatform.client.model.PairStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One of the user's pairs as {@code GET /api/me/pairs} returns it; {@code reasons} say why they were matched and
 * {@code allowedTransitions} where the API lets it move next.
 */
record MyPair(String id, String cohortId, String cohortName, String mentorId, String mentorName, String menteeId,
        String menteeName, String source, PairStatus status, BigDecimal score, List<String> reasons,
        EndReason endReason, String endNote, Instant createdAt, Instant updatedAt, List<PairStatus> allowedTransitions) {

    /** Current pairs (proposed, active, paused) before former ones, the latest change first within each. */
    static final Comparator<MyPair> CURRENT_FIRST = Comparator.comparing((MyPair pair) -> !pair.isCurrent())
            .thenComparing(MyPair::updatedAt, Comparator.reverseOrder());

    MyPair {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        allowedTransitions = allowedTransitions == null ? List.of() : List.copyOf(allowedTransitions);
    }

    /** Whether the pair still runs (or is about to): by the API's rule, only an ended pair can move no further. */
    boolean isCurrent() {
        return !allowedTransitions.isEmpty();
    }

    /** Whether the person with this id is the mentor of the pair (else they are its mentee). */
    boolean isMentor(String personId) {
        return mentorId.equals(personId);
    }

    /**
     * What was said at the last status change, e.g. "Ended early: Not a good fit, both agreed ..." or
     * "Paused: on parental leave"; empty when nothing was.
     */
    String statusNote() {
        if (endReason == null && endNote == null) {
            return "";
        }
        String reason = endReason == null ? "" : PairLabels.endReason(endReason);
        String said = endNote == null ? reason : reason.isEmpty() ? endNote : reason + ", " + endNote;
        return PairLabels.status(status) + ": " + said;
    }

    /** The match score as a whole percentage, e.g. "72%"; empty for a pair made without one. */
    String scorePercent() {
        return score == null ? "" : score.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }
}
