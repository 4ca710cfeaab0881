package com.mentorplatform.ui.notifications;

import java.time.Instant;

/** One notification as {@code GET /api/me/notifications} returns it; {@code readAt} is null while unread. */
record InboxItem(String id, String kind, String pairId, String message, Instant createdAt, Instant readAt) {

    boolean isUnread() {
        return readAt == null;
    }

    /** Whether it reports on one of the user's pairs, so opening it leads to them. */
    boolean concernsAPair() {
        return pairId != null;
    }
}
