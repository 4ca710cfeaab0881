package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.AcceptResult;
import com.mentorplatform.client.model.CohortPatchMatchingWeights;
import com.mentorplatform.client.model.EndReason;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.client.model.ParticipantPage;
import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.client.model.ProposalPage;
import com.mentorplatform.client.model.ProposalResponse;
import com.mentorplatform.client.model.RunRequest;
import com.mentorplatform.client.model.RunResponse;
import com.mentorplatform.client.model.SwapResponse;
import com.mentorplatform.client.model.Unmatched;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.kit.Texts;
import com.mentorplatform.ui.paging.KeysetPage;
import com.mentorplatform.ui.paging.KeysetPages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The matching and pairs part of the API, typed; every refusal (a broken hard rule, full mentor ...) is an {@code ApiProblem}. */
final class MatchingClient {

    private static final String COHORTS = "/api/cohorts/";
    private static final String RUNS = "/api/matching-runs/";
    private static final String PAIRS = "/api/pairs/";

    private final ApiClient api;

    MatchingClient(ApiClient api) {
        this.api = api;
    }

    /** Stores the weights with the cohort, for every later run. */
    void saveWeights(String cohortId, CohortPatchMatchingWeights weights) {
        api.send("PATCH", COHORTS + ApiPaths.encode(cohortId), Map.of("matchingWeights", weights), Map.class);
    }

    RunResponse start(String cohortId, RunRequest options) {
        return api.send("POST", COHORTS + ApiPaths.encode(cohortId) + "/matching-runs", options, RunResponse.class);
    }

    List<RunResponse> runs(String cohortId) {
        return api.getList(COHORTS + ApiPaths.encode(cohortId) + "/matching-runs", RunResponse.class);
    }

    RunResponse run(String runId) {
        return api.get(RUNS + ApiPaths.encode(runId), RunResponse.class);
    }

    KeysetPage<ProposalResponse> proposals(String runId, int limit, String after) {
        String path = RUNS + ApiPaths.encode(runId) + "/proposals"
                + ApiPaths.query(Map.of("limit", String.valueOf(limit), "after", ApiPaths.orEmpty(after)));
        ProposalPage page = api.get(path, ProposalPage.class);
        return new KeysetPage<>(page.getItems(), page.getNext());
    }

    /** Every proposal of the run, page after page (a cohort's run has a few hundred). */
    List<ProposalResponse> allProposals(String runId) {
        List<ProposalResponse> all = new ArrayList<>();
        String after = null;
        do {
            KeysetPage<ProposalResponse> page = proposals(runId, KeysetPages.MAX_PAGE, after);
            all.addAll(page.items());
            after = page.hasNext() ? page.next() : null;
        } while (after != null);
        return all;
    }

    List<Unmatched> unmatched(String runId) {
        return api.getList(RUNS + ApiPaths.encode(runId) + "/unmatched", Unmatched.class);
    }

    int acceptAll(String runId) {
        return api.send("POST", RUNS + ApiPaths.encode(runId) + "/accept-all", Map.of(), AcceptResult.class)
                .getAccepted();
    }

    int accept(String runId, List<String> proposalIds) {
        return api.send("POST", RUNS + ApiPaths.encode(runId) + "/accept", Map.of("proposalIds", proposalIds),
                AcceptResult.class).getAccepted();
    }

    SwapResponse swap(String runId, String firstProposalId, String secondProposalId) {
        return api.send("POST", RUNS + ApiPaths.encode(runId) + "/swaps",
                Map.of("firstProposalId", firstProposalId, "secondProposalId", secondProposalId), SwapResponse.class);
    }

    ProposalResponse assign(String runId, String menteeId, String mentorId) {
        return api.send("POST", RUNS + ApiPaths.encode(runId) + "/assignments",
                Map.of("menteeId", menteeId, "mentorId", mentorId), ProposalResponse.class);
    }

    List<PairResponse> pairs(String cohortId) {
        return api.getList(COHORTS + ApiPaths.encode(cohortId) + "/pairs", PairResponse.class);
    }

    /** Moves a pair on; {@code reason} and {@code note} only when ending it early. */
    PairResponse transition(String pairId, PairStatus status, EndReason reason, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status.name());
        body.put("reason", reason == null ? null : reason.name());
        body.put("note", Texts.blankToNull(note));
        return api.send("POST", PAIRS + ApiPaths.encode(pairId) + "/transitions", body, PairResponse.class);
    }

    PairResponse rematch(String pairId, String mentorId) {
        return api.send("POST", PAIRS + ApiPaths.encode(pairId) + "/rematch", Map.of("mentorId", mentorId),
                PairResponse.class);
    }

    /** The cohort's enrolled mentors (one page: a cohort has at most a few hundred). */
    List<ParticipantResponse> mentors(String cohortId) {
        String path = COHORTS + ApiPaths.encode(cohortId) + "/participants"
                + ApiPaths.query(Map.of("role", "MENTOR", "status", "ENROLLED", "limit", "200"));
        return api.get(path, ParticipantPage.class).getItems();
    }
}
