package com.mentorplatform.ui.evidence;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.Map;

/** A mentee's evidence at {@code /api/evidence}, its files included. */
final class EvidenceClient {

    private static final String EVIDENCE = "/api/evidence";

    private final ApiClient api;

    EvidenceClient(ApiClient api) {
        this.api = api;
    }

    /** The mentee's evidence (the user's own when {@code menteeId} is null), newest first. */
    List<Evidence> of(String menteeId) {
        return api.getAllPages(EVIDENCE + ApiPaths.query(Map.of("menteeId", ApiPaths.orEmpty(menteeId))), Evidence.class);
    }

    Evidence create(EvidenceChange evidence) {
        return api.send("POST", EVIDENCE, evidence, Evidence.class);
    }

    Evidence update(String id, EvidenceChange evidence) {
        return api.send("PATCH", path(id), evidence, Evidence.class);
    }

    void delete(String id) {
        api.send("DELETE", path(id), null);
    }

    /** Attaches the file; the API checks that its bytes are what its name and type say. */
    Evidence attach(String id, byte[] content, String contentType, String fileName) {
        return api.upload(path(id) + "/file", content, contentType, fileName, Evidence.class);
    }

    byte[] download(String id) {
        return api.download(path(id) + "/file");
    }

    private static String path(String id) {
        return EVIDENCE + "/" + ApiPaths.encode(id);
    }
}
