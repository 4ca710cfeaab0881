package com.mentorplatform.ui.notifications;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.Map;

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

    void markRead(String id) {
        api.send("POST", MINE + "/" + ApiPaths.encode(id) + "/read", null);
    }
}
