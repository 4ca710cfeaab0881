package com.mentorplatform.ui.notifications;

import com.mentorplatform.client.model.Notification;

/** What the inbox reads from a notification besides its fields. */
final class Notifications {

    private Notifications() {}

    /** Whether the user has not opened it yet: {@code readAt} stays null until then. */
    static boolean isUnread(Notification notification) {
        return notification.getReadAt() == null;
    }
}
