package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A mentee in an active pair with a roadmap, made through the roadmap and evidence APIs: one milestone
 * reached and endorsed by the mentor, one still in progress, and one piece of evidence.
 */
record CaseWorld(TestTenant tenant, Pairing pairing, String roadmapId, String reachedId, String openId,
                 String evidenceId) {

    static CaseWorld create(TestTenant tenant, String who) {
        Pairing pairing = TestWorkspace.activePair(tenant);
        String mentee = pairing.mentee().token();
        Map<String, Object> roadmap = new LinkedHashMap<>();
        roadmap.put("cohortId", pairing.cohortId().toString());
        roadmap.put("aspiration", who + " leads the analytics team");
        roadmap.put("whyItMatters", "Growing people matters to " + who);
        roadmap.put("horizonMonths", 18);
        String roadmapId = idOf(Http.post("/api/roadmaps", mentee, roadmap), 201);
        String reached = milestone(mentee, roadmapId, who + " ran the Q3 planning");
        String open = milestone(mentee, roadmapId, who + " coaches a new analyst");
        idOf(Http.post("/api/milestones/" + reached + "/status", mentee,
                Map.of("status", "REACHED", "note", "The CFO signed the plan off")), 200);
        idOf(Http.post("/api/milestones/" + reached + "/endorsement", pairing.mentor().token(),
                Map.of("decision", "ENDORSED", "comment", who + " brought two sceptical teams along")), 200);
        String evidence = idOf(Http.post("/api/evidence", mentee, Map.of("kind", "LINK",
                "title", who + "'s planning retrospective", "impact", "Forecast error fell from 12% to 7%",
                "url", "https://wiki.example/q3", "milestoneIds", List.of(reached))), 201);
        return new CaseWorld(tenant, pairing, roadmapId, reached, open, evidence);
    }

    String path() {
        return "/api/roadmaps/" + roadmapId + "/promotion-case";
    }

    static Map<String, Object> body(List<String> milestoneIds, List<String> evidenceIds, String format) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("milestoneIds", milestoneIds);
        body.put("evidenceIds", evidenceIds);
        if (format != null) {
            body.put("format", format);
        }
        return body;
    }

    /** The raw answer, bytes and all (the shared helper reads bodies as text). */
    static HttpResponse<byte[]> export(String path, String token, Object body, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningApi.get().baseUri() + path))
                .header("Content-Type", "application/json").header("Accept", accept)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(body))).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String milestone(String token, String roadmapId, String title) {
        return idOf(Http.post("/api/roadmaps/" + roadmapId + "/milestones", token, Map.of("title", title,
                "criteria", "My lead agrees it is done", "dueOn", LocalDate.now().plusDays(60).toString())), 201);
    }

    private static String idOf(Http.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response.status() + " " + response.text());
        }
        return response.string("id");
    }
}
