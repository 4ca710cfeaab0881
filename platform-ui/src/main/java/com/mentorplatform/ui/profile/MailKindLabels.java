package com.mentorplatform.ui.profile;

import java.util.Map;

/** What each kind of mail is called on the profile page; a kind the console does not know shows its name. */
final class MailKindLabels {

    private static final Map<String, String> LABELS = Map.of(
            "PAIR_ACTIVE", "My mentoring pair starts",
            "PAIR_ENDED", "My mentoring pair ends",
            "PAIR_OVERDUE", "Our check-ins fall behind the cohort's rhythm",
            "MILESTONE_REACHED", "My mentee reaches a milestone",
            "MILESTONE_ENDORSED", "My mentor endorses a milestone",
            "MILESTONE_SENT_BACK", "My mentor sends a milestone back",
            "SPONSORSHIP_FLAGGED", "My mentor flags me for sponsorship",
            "CHECK_IN_INVITATION", "Calendar invitations for check-ins",
            "WEEKLY_DIGEST", "Weekly digest of my programmes (programme managers)");

    private MailKindLabels() {
    }

    static String of(String kind) {
        return LABELS.getOrDefault(kind, kind);
    }
}
