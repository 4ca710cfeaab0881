package com.mentorplatform.ui.notifications;

import java.time.Instant;

/**
 * One notification as {@code GET /api/me/notifications} returns it: {@code kind} says what it is about (a pair,
 * a milestone, a sponsorship flag), {@code pairId} the pair it concerns if any; {@code readAt} is null while unread.
 */
record InboxItem(String id, String kind, String pairId, String message, Instant createdAt, Instant readAt) {

    boolean isUnread() {
        return readAt == null;
    }
}
