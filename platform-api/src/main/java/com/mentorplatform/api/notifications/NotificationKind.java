package com.mentorplatform.api.notifications;

/** What a notification is about; kept in step with the table's {@code notifications_kind_check}. */
public enum NotificationKind {
    PAIR_ACTIVE, PAIR_ENDED, PAIR_OVERDUE, MILESTONE_REACHED, MILESTONE_ENDORSED, MILESTONE_SENT_BACK,
    SPONSORSHIP_FLAGGED, SURVEY_DUE
}
