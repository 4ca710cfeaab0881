package com.mentorplatform.ui.notifications;

import com.mentorplatform.client.model.Notification;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The signed-in user's own notifications at {@code /api/me/notifications}, newest first. */
final class NotificationsClient {

    private static final String MINE = "/api/me/notifications";

    private final ApiClient api;

    NotificationsClient(ApiClient api) {
        this.api = api;
    }

    List<Notification> latest(int limit) {
        return api.getList(MINE + ApiPaths.query(Map.of("limit", String.valueOf(limit))), Notification.class);
    }

    List<Notification> unread(int limit) {
        return api.getList(MINE + ApiPaths.query(Map.of("unread", "true", "limit", String.valueOf(limit))),
                Notification.class);
    }

    /** The mentee of one of the user's own pairs; empty for no pair or one the user is not in. */
    Optional<String> menteeOfPair(UUID pairId) {
        if (pairId == null) {
            return Optional.empty();
        }
        return api.getList("/api/me/pairs", PairResponse.class).stream().filter(pair -> pairId.equals(pair.getId()))
                .map(pair -> pair.getMenteeId().toString()).findFirst();
    }

    void markRead(String id) {
        api.send("POST", MINE + "/" + ApiPaths.encode(id) + "/read", null);
    }
}
