package com.mentorplatform.api.mail;

import com.mentorplatform.api.notifications.NotificationKind;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kinds of mail a person may switch off, by name: one per notification kind, and two that are mail only: the
 * calendar invitations of check-ins (the check-in itself is on the pair's page, not news for the bell) and the
 * programme managers' weekly digest.
 */
final class MailKinds {

    static final String CHECK_IN_INVITATION = "CHECK_IN_INVITATION";
    static final String WEEKLY_DIGEST = "WEEKLY_DIGEST";

    static final List<String> ALL = Stream.concat(Arrays.stream(NotificationKind.values()).map(NotificationKind::name),
            Stream.of(CHECK_IN_INVITATION, WEEKLY_DIGEST)).toList();

    private MailKinds() {
    }

    static boolean known(String name) {
        return ALL.contains(name);
    }
}
