package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.PairOverview;

/** What oversight reads from a pair's overview besides its fields. */
final class PairOverviews {

    private PairOverviews() {}

    static boolean needsAttention(PairOverview pair) {
        return !pair.getAttention().isEmpty();
    }
}
