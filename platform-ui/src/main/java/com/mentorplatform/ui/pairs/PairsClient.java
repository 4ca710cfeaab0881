package com.mentorplatform.ui.pairs;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;

/** The signed-in user's own pairs at {@code /api/me/pairs}. */
final class PairsClient {

    private final ApiClient api;

    PairsClient(ApiClient api) {
        this.api = api;
    }

    /** The user's pairs, current ones (proposed, active, paused) first, newest first within each. */
    List<MyPair> mine() {
        return api.getList("/api/me/pairs", MyPair.class).stream().sorted(MyPair.CURRENT_FIRST).toList();
    }

    /** The pair's open sponsorship flags, newest first. */
    List<PairFlag> openFlags(String pairId) {
        return api.getList("/api/pairs/" + ApiPaths.encode(pairId) + "/sponsorship-flags", PairFlag.class).stream()
                .filter(PairFlag::isOpen).toList();
    }
}
