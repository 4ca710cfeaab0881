package com.mentorplatform.ui.notifications;

import com.mentorplatform.client.model.Notification;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.Optional;
import java.util.UUID;

/**
 * Where opening a notification leads, by its kind: a pair's news to the user's pairs; a milestone the mentor
 * answered to the mentee's own roadmap; a milestone the mentee reached to that mentee's roadmap for their
 * mentor (the mentee found through the pair, else their list of mentees); a sponsorship flag to the pairs,
 * where the mentee reads the flag with the mentor's note; a waiting survey to the pairs, whose banner opens it.
 * Routes are paths, not view classes: the views' packages lead back here through the layout.
 */
final class InboxLinks {

    static final String PAIRS = "me/pairs";
    static final String MY_ROADMAP = "me/roadmap";
    static final String MY_MENTEES = "me/mentees";

    private final NotificationsClient client;

    InboxLinks(NotificationsClient client) {
        this.client = client;
    }

    /** The route to open for the item; empty when it is only a message. */
    Optional<String> of(Notification item) {
        return switch (item.getKind()) {
            case PAIR_ACTIVE, PAIR_ENDED, PAIR_OVERDUE, SPONSORSHIP_FLAGGED, SURVEY_DUE -> Optional.of(PAIRS);
            case MILESTONE_ENDORSED, MILESTONE_SENT_BACK -> Optional.of(MY_ROADMAP);
            case MILESTONE_REACHED -> Optional.of(menteesRoadmap(item.getPairId()));
        };
    }

    private String menteesRoadmap(UUID pairId) {
        return client.menteeOfPair(pairId).map(menteeId -> "mentees/" + ApiPaths.encode(menteeId) + "/roadmap")
                .orElse(MY_MENTEES);
    }
}
