package com.mentorplatform.api.roadmaps.milestones;

import com.mentorplatform.api.notifications.NotificationKind;
import com.mentorplatform.api.notifications.Notifications;
import com.mentorplatform.api.pairs.WorkspaceAccess.Mentorship;
import com.mentorplatform.api.pairs.WorkspaceAccess;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import com.mentorplatform.api.security.Caller;
import jakarta.inject.Singleton;

/**
 * Tells the other side of the pair about a milestone, inside the transaction of the change: the mentor
 * when their mentee reaches one (it waits for their answer), the mentee when their mentor endorses it or
 * sends it back. Nobody is told when the mentee has no current mentor.
 */
@Singleton
class MilestoneNotices {

    /** Titles and comments are quoted shortened, so a message stays one glance long. */
    private static final int TITLE = 120;
    private static final int COMMENT = 240;

    private final WorkspaceAccess workspaces;
    private final Notifications notifications;

    MilestoneNotices(WorkspaceAccess workspaces, Notifications notifications) {
        this.workspaces = workspaces;
        this.notifications = notifications;
    }

    /** The mentee reached the milestone: their current mentor is asked to answer. */
    void reached(OpenRoadmap roadmap, String title) {
        workspaces.currentMentorshipOf(roadmap.tenantId(), roadmap.menteeId(), roadmap.cohortId()).ifPresent(m ->
                notifications.send(roadmap.tenantId(), m.mentorId(), NotificationKind.MILESTONE_REACHED, m.pairId(),
                        m.menteeName() + " marked " + quoted(title) + " reached: endorse it or send it back"));
    }

    /** The mentor answered the reached milestone with {@code answer}. */
    void answered(Caller mentor, OpenRoadmap roadmap, String title, Progress answer) {
        workspaces.mentorshipAsMentor(mentor, roadmap.menteeId()).ifPresent(m -> {
            if (answer.endorsement() == Endorsement.ENDORSED) {
                send(roadmap, m, NotificationKind.MILESTONE_ENDORSED, m.mentorName() + " endorsed " + quoted(title));
            } else {
                send(roadmap, m, NotificationKind.MILESTONE_SENT_BACK, m.mentorName() + " sent " + quoted(title) + " back: "
                        + Notifications.shortened(answer.endorsementComment(), COMMENT));
            }
        });
    }

    private void send(OpenRoadmap roadmap, Mentorship to, NotificationKind kind, String message) {
        notifications.send(roadmap.tenantId(), to.menteeId(), kind, to.pairId(), message);
    }

    private static String quoted(String title) {
        return "“" + Notifications.shortened(title, TITLE) + "”";
    }
}
