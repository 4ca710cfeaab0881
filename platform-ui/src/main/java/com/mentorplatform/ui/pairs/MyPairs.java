package com.mentorplatform.ui.pairs;

import com.mentorplatform.client.model.PairResponse;
import java.util.Comparator;

/** What "My mentoring" reads from one of the user's pairs besides its fields. */
final class MyPairs {

    /** Current pairs (proposed, active, paused) before former ones, the latest change first within each. */
    static final Comparator<PairResponse> CURRENT_FIRST = Comparator.comparing((PairResponse pair) -> !isCurrent(pair))
            .thenComparing(PairResponse::getUpdatedAt, Comparator.reverseOrder());

    private MyPairs() {}

    /** Whether the pair still runs (or is about to): by the API's rule, only an ended pair can move no further. */
    static boolean isCurrent(PairResponse pair) {
        return !pair.getAllowedTransitions().isEmpty();
    }

    /** Whether the person with this id is the mentor of the pair (else they are its mentee). */
    static boolean isMentor(PairResponse pair, String personId) {
        return pair.getMentorId().toString().equals(personId);
    }
}
