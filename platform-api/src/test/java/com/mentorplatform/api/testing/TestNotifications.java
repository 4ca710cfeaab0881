package com.mentorplatform.api.testing;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** A person's notifications as {@code GET /api/me/notifications} shows them to their token, newest first. */
public final class TestNotifications {

    private TestNotifications() {
    }

    /** One notification as its recipient reads it. */
    public record Notice(String id, String kind, String pairId, String message, boolean unread) {
    }

    public static List<Notice> of(String token) {
        Http.Response response = Http.get("/api/me/notifications?limit=200", token);
        if (response.status() != 200) {
            throw new IllegalStateException("Could not read notifications: " + response.status() + " " + response.text());
        }
        List<Notice> notices = new ArrayList<>();
        for (JsonNode n : response.json().values()) {
            JsonNode pair = n.get("pairId");
            JsonNode readAt = n.get("readAt");
            notices.add(new Notice(n.get("id").getStringValue(), n.get("kind").getStringValue(),
                    pair == null || pair.isNull() ? null : pair.getStringValue(), n.get("message").getStringValue(),
                    readAt == null || readAt.isNull()));
        }
        return notices;
    }

    /** The messages of the person's notifications of this kind, newest first. */
    public static List<String> messages(String token, String kind) {
        return of(token).stream().filter(n -> n.kind().equals(kind)).map(Notice::message).toList();
    }
}
