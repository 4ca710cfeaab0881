package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.CohortPairHealth;
import com.mentorplatform.client.model.FlagPage;
import com.mentorplatform.client.model.PairOverview;
import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.paging.KeysetPage;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The oversight and sponsorship part of the API, typed; every refusal arrives as {@code ApiProblem}. */
final class OversightClient {

    private final ApiClient api;

    OversightClient(ApiClient api) {
        this.api = api;
    }

    /** The signed-in mentor's mentees: current ones first (needing attention first), then former ones. */
    List<PairOverview> myMentees() {
        return api.getList("/api/me/mentees", PairOverview.class);
    }

    CohortPairHealth pairHealth(String cohortId) {
        return api.get("/api/cohorts/" + ApiPaths.encode(cohortId) + "/pair-health", CohortPairHealth.class);
    }

    SponsorshipFlag flag(UUID pairId, FlagChange change) {
        return api.send("POST", "/api/pairs/" + ApiPaths.encode(pairId.toString()) + "/sponsorship-flags", change,
                SponsorshipFlag.class);
    }

    SponsorshipFlag withdraw(UUID flagId) {
        return api.send("POST", "/api/sponsorship-flags/" + ApiPaths.encode(flagId.toString()) + "/withdrawal", null,
                SponsorshipFlag.class);
    }

    KeysetPage<SponsorshipFlag> flags(FlagQuery query, int limit, String after) {
        String path = "/api/sponsorship-flags" + ApiPaths.query(Map.of(
                "status", query.status().name(),
                "limit", String.valueOf(limit),
                "after", ApiPaths.orEmpty(after)));
        FlagPage page = api.get(path, FlagPage.class);
        return new KeysetPage<>(page.getItems(), page.getNext());
    }
}
