package com.mentorplatform.ui.notifications;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The signed-in user's own notifications at {@code /api/me/notifications}, newest first. */
final class NotificationsClient {

    private static final String MINE = "/api/me/notifications";

    private final ApiClient api;

    NotificationsClient(ApiClient api) {
        this.api = api;
    }

    List<InboxItem> latest(int limit) {
        return api.getList(MINE + ApiPaths.query(Map.of("limit", String.valueOf(limit))), InboxItem.class);
    }

    List<InboxItem> unread(int limit) {
        return api.getList(MINE + ApiPaths.query(Map.of("unread", "true", "limit", String.valueOf(limit))),
                InboxItem.class);
    }

    /** The mentee of one of the user's own pairs; empty for no pair or one the user is not in. */
    Optional<String> menteeOfPair(String pairId) {
        if (pairId == null) {
            return Optional.empty();
        }
        return api.getList("/api/me/pairs", PairMentee.class).stream().filter(pair -> pairId.equals(pair.id()))
                .map(PairMentee::menteeId).findFirst();
    }

    void markRead(String id) {
        api.send("POST", MINE + "/" + ApiPaths.encode(id) + "/read", null);
    }

    /** The part of {@code GET /api/me/pairs} that leads from a pair to its mentee. */
    record PairMentee(String id, String menteeId) {
    }
}
