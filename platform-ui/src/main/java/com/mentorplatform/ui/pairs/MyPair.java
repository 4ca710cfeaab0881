package com.mentorplatform.ui.pairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One of the user's pairs as {@code GET /api/me/pairs} returns it; {@code reasons} say why they were matched. */
record MyPair(String id, String cohortId, String cohortName, String mentorId, String mentorName, String menteeId,
        String menteeName, String source, PairStatus status, BigDecimal score, List<String> reasons,
        String endReason, String endNote, Instant createdAt, Instant updatedAt) {

    /** Current pairs (proposed, active, paused) before former ones, the latest change first within each. */
    static final Comparator<MyPair> CURRENT_FIRST = Comparator.comparing((MyPair pair) -> !pair.status().isCurrent())
            .thenComparing(MyPair::updatedAt, Comparator.reverseOrder());

    MyPair {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
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
        String reason = endReason == null ? ""
                : endReason.charAt(0) + endReason.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        String said = endNote == null ? reason : reason.isEmpty() ? endNote : reason + ", " + endNote;
        return status.label() + ": " + said;
    }

    /** The match score as a whole percentage, e.g. "72%"; empty for a pair made without one. */
    String scorePercent() {
        return score == null ? "" : score.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }
}
