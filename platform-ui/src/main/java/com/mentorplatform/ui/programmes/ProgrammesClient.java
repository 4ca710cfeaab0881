package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.CohortResponse;
import com.mentorplatform.client.model.CohortStatus;
import com.mentorplatform.client.model.ProgrammePage;
import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.paging.KeysetPage;
import java.util.List;
import java.util.Map;

/** The programmes and cohorts part of the API, typed; every refusal arrives as {@code ApiProblem}. */
public final class ProgrammesClient {

    private static final String PROGRAMMES = "/api/programmes";
    private static final String COHORTS = "/api/cohorts/";

    private final ApiClient api;

    public ProgrammesClient(ApiClient api) {
        this.api = api;
    }

    KeysetPage<ProgrammeResponse> page(ProgrammeQuery query, int limit, String after) {
        String path = PROGRAMMES + ApiPaths.query(Map.of(
                "q", ApiPaths.orEmpty(query.text()),
                "status", query.status() == null ? "" : query.status().name(),
                "limit", String.valueOf(limit),
                "after", ApiPaths.orEmpty(after)));
        ProgrammePage page = api.get(path, ProgrammePage.class);
        return new KeysetPage<>(page.getItems(), page.getNext());
    }

    public ProgrammeResponse programme(String id) {
        return api.get(PROGRAMMES + "/" + ApiPaths.encode(id), ProgrammeResponse.class);
    }

    ProgrammeResponse create(ProgrammeChange programme) {
        return api.send("POST", PROGRAMMES, programme, ProgrammeResponse.class);
    }

    ProgrammeResponse update(String id, ProgrammeChange programme) {
        return api.send("PATCH", PROGRAMMES + "/" + ApiPaths.encode(id), programme, ProgrammeResponse.class);
    }

    List<CohortResponse> cohorts(String programmeId) {
        return api.getList(PROGRAMMES + "/" + ApiPaths.encode(programmeId) + "/cohorts", CohortResponse.class);
    }

    CohortResponse createCohort(String programmeId, CohortChange cohort) {
        return api.send("POST", PROGRAMMES + "/" + ApiPaths.encode(programmeId) + "/cohorts", cohort,
                CohortResponse.class);
    }

    public CohortResponse cohort(String id) {
        return api.get(COHORTS + ApiPaths.encode(id), CohortResponse.class);
    }

    /** Moves the cohort to {@code status}; the API refuses a transition its lifecycle does not allow. */
    public CohortResponse changeStatus(String cohortId, CohortStatus status) {
        return api.send("PATCH", COHORTS + ApiPaths.encode(cohortId), Map.of("status", status.name()),
                CohortResponse.class);
    }
}
