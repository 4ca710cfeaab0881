package com.mentorplatform.ui.pairs;

import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.UUID;

/** The signed-in user's own pairs at {@code /api/me/pairs}. */
final class PairsClient {

    private final ApiClient api;

    PairsClient(ApiClient api) {
        this.api = api;
    }

    /** The user's pairs, current ones (proposed, active, paused) first, newest first within each. */
    List<PairResponse> mine() {
        return api.getList("/api/me/pairs", PairResponse.class).stream().sorted(MyPairs.CURRENT_FIRST).toList();
    }

    /** The pair's open sponsorship flags (not withdrawn), newest first. */
    List<SponsorshipFlag> openFlags(UUID pairId) {
        String flags = "/api/pairs/" + ApiPaths.encode(pairId.toString()) + "/sponsorship-flags";
        return api.getList(flags, SponsorshipFlag.class).stream().filter(flag -> flag.getWithdrawnAt() == null)
                .toList();
    }
}
