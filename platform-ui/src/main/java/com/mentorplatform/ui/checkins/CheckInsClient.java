package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.ActionRequest;
import com.mentorplatform.client.model.ActionResponse;
import com.mentorplatform.client.model.AgendaResponse;
import com.mentorplatform.client.model.CadenceResponse;
import com.mentorplatform.client.model.CheckInPage;
import com.mentorplatform.client.model.CheckInRequest;
import com.mentorplatform.client.model.CheckInResponse;
import com.mentorplatform.client.model.CheckInStatus;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.HashMap;
import java.util.Map;

/** The check-ins part of the API, typed; every refusal arrives as {@code ApiProblem}. */
final class CheckInsClient {

    private final ApiClient api;

    CheckInsClient(ApiClient api) {
        this.api = api;
    }

    /** The signed-in user's own pair with this id, or null when it is not theirs. */
    PairResponse pair(String pairId) {
        return api.getList("/api/me/pairs", PairResponse.class).stream()
                .filter(pair -> pair.getId().toString().equals(pairId))
                .findFirst().orElse(null);
    }

    CheckInPage page(String pairId, int limit, String after) {
        return api.get(pairPath(pairId) + ApiPaths.query(Map.of("limit", String.valueOf(limit),
                "after", ApiPaths.orEmpty(after))), CheckInPage.class);
    }

    CadenceResponse cadence(String pairId) {
        return api.get(pairPath(pairId) + "/cadence", CadenceResponse.class);
    }

    AgendaResponse agenda(String pairId) {
        return api.get(pairPath(pairId) + "/agenda", AgendaResponse.class);
    }

    /** One check-in with the user's own private note, if they wrote one. */
    CheckInResponse checkIn(String id) {
        return api.get(path(id), CheckInResponse.class);
    }

    CheckInResponse create(String pairId, CheckInRequest change) {
        return api.send("POST", pairPath(pairId), change, CheckInResponse.class);
    }

    /** Logs a scheduled check-in as held with the dialog's shared fields (actions and note go separately). */
    CheckInResponse markHeld(String id, CheckInRequest change) {
        Map<String, Object> patch = new HashMap<>();
        patch.put("status", CheckInStatus.HELD);
        patch.put("occursAt", change.getOccursAt());
        patch.put("durationMinutes", change.getDurationMinutes());
        patch.put("agenda", change.getAgenda());
        patch.put("sharedNotes", change.getSharedNotes());
        patch.put("feedback", change.getFeedback());
        patch.put("progressRating", change.getProgressRating());
        return api.send("PATCH", path(id), patch, CheckInResponse.class);
    }

    CheckInResponse cancel(String id) {
        return api.send("PATCH", path(id), Map.of("status", CheckInStatus.CANCELLED), CheckInResponse.class);
    }

    ActionResponse addAction(String checkInId, ActionRequest action) {
        return api.send("POST", path(checkInId) + "/actions", action, ActionResponse.class);
    }

    ActionResponse tick(String actionId, boolean done) {
        return api.send("PATCH", "/api/check-in-actions/" + ApiPaths.encode(actionId), Map.of("done", done),
                ActionResponse.class);
    }

    void savePrivateNote(String checkInId, String note) {
        api.send("PUT", path(checkInId) + "/private-note", Map.of("note", note));
    }

    void deletePrivateNote(String checkInId) {
        api.send("DELETE", path(checkInId) + "/private-note", null);
    }

    /** Whether the pair's members may still add check-ins (it is active or paused). */
    static boolean isOpen(PairResponse pair) {
        return pair.getStatus() == PairStatus.ACTIVE || pair.getStatus() == PairStatus.PAUSED;
    }

    /** The name of the pair's member who is not {@code personId}. */
    static String otherThan(PairResponse pair, String personId) {
        return pair.getMentorId().toString().equals(personId) ? pair.getMenteeName() : pair.getMentorName();
    }

    private static String pairPath(String pairId) {
        return "/api/pairs/" + ApiPaths.encode(pairId) + "/check-ins";
    }

    private static String path(String id) {
        return "/api/check-ins/" + ApiPaths.encode(id);
    }
}
