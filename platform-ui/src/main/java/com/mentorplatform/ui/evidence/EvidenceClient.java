package com.mentorplatform.ui.evidence;

import com.mentorplatform.client.model.EvidenceResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A mentee's evidence at {@code /api/evidence}, its files included. */
final class EvidenceClient {

    private static final String EVIDENCE = "/api/evidence";

    private final ApiClient api;

    EvidenceClient(ApiClient api) {
        this.api = api;
    }

    /** The mentee's evidence (the user's own when {@code menteeId} is null), newest first. */
    List<EvidenceResponse> of(String menteeId) {
        String mentees = EVIDENCE + ApiPaths.query(Map.of("menteeId", ApiPaths.orEmpty(menteeId)));
        return api.getAllPages(mentees, EvidenceResponse.class);
    }

    EvidenceResponse create(EvidenceChange evidence) {
        return api.send("POST", EVIDENCE, evidence, EvidenceResponse.class);
    }

    EvidenceResponse update(UUID id, EvidenceChange evidence) {
        return api.send("PATCH", path(id), evidence, EvidenceResponse.class);
    }

    void delete(UUID id) {
        api.send("DELETE", path(id), null);
    }

    /** Attaches the file; the API checks that its bytes are what its name and type say. */
    EvidenceResponse attach(UUID id, byte[] content, String contentType, String fileName) {
        return api.upload(path(id) + "/file", content, contentType, fileName, EvidenceResponse.class);
    }

    byte[] download(UUID id) {
        return api.download(path(id) + "/file");
    }

    private static String path(UUID id) {
        return EVIDENCE + "/" + ApiPaths.encode(id.toString());
    }
}
