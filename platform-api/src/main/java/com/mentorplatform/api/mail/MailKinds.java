package com.mentorplatform.api.mail;

import com.mentorplatform.api.notifications.Notifications.Kind;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kinds of mail a person may switch off, by name: one per notification kind, and the calendar invitations
 * of check-ins, which are mail only (the check-in itself is on the pair's page, not news for the bell).
 */
final class MailKinds {

    static final String CHECK_IN_INVITATION = "CHECK_IN_INVITATION";

    static final List<String> ALL = Stream.concat(Arrays.stream(Kind.values()).map(Kind::name),
            Stream.of(CHECK_IN_INVITATION)).toList();

    private MailKinds() {
    }

    static boolean known(String name) {
        return ALL.contains(name);
    }
}
