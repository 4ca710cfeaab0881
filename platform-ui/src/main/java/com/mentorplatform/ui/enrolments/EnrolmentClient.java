package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.BulkPreview;
import com.mentorplatform.client.model.BulkResult;
import com.mentorplatform.client.model.EnrolRequest;
import com.mentorplatform.client.model.HistoryEntry;
import com.mentorplatform.client.model.ParticipantPage;
import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.paging.KeysetPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The participants part of the API, typed; every refusal (cohort full, already enrolled ...) is an {@code ApiProblem}. */
final class EnrolmentClient {

    private final ApiClient api;

    EnrolmentClient(ApiClient api) {
        this.api = api;
    }

    KeysetPage<ParticipantResponse> page(ParticipantQuery query, int limit, String after) {
        String path = participants(query.cohortId()) + ApiPaths.query(Map.of(
                "q", ApiPaths.orEmpty(query.text()),
                "role", query.role() == null ? "" : query.role().name(),
                "status", query.status() == null ? "" : query.status().name(),
                "department", ApiPaths.orEmpty(query.department()),
                "limit", String.valueOf(limit),
                "after", ApiPaths.orEmpty(after)));
        ParticipantPage page = api.get(path, ParticipantPage.class);
        return new KeysetPage<>(page.getItems(), page.getNext());
    }

    ParticipantResponse enrol(String cohortId, EnrolRequest request) {
        return api.send("POST", participants(cohortId), request, ParticipantResponse.class);
    }

    BulkPreview preview(String cohortId, BulkFilter filter) {
        return api.send("POST", participants(cohortId) + "/bulk-preview", filter, BulkPreview.class);
    }

    BulkResult enrolAll(String cohortId, BulkFilter filter) {
        return api.send("POST", participants(cohortId) + "/bulk", filter, BulkResult.class);
    }

    ParticipantResponse withdraw(ParticipantResponse participant, String reason) {
        return api.send("POST", participant(participant) + "/withdraw", Map.of("reason", reason),
                ParticipantResponse.class);
    }

    ParticipantResponse changeCapacity(ParticipantResponse mentor, Integer mentorCapacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("mentorCapacity", mentorCapacity);
        return api.send("PATCH", participant(mentor), body, ParticipantResponse.class);
    }

    List<HistoryEntry> history(ParticipantResponse participant) {
        return api.getList(participant(participant) + "/history", HistoryEntry.class);
    }

    private static String participants(String cohortId) {
        return "/api/cohorts/" + ApiPaths.encode(cohortId) + "/participants";
    }

    private static String participant(ParticipantResponse participant) {
        return participants(participant.getCohortId().toString()) + "/"
                + ApiPaths.encode(participant.getId().toString());
    }
}
