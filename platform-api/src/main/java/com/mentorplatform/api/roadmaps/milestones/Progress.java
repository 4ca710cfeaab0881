package com.mentorplatform.api.roadmaps.milestones;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.roadmaps.RoadmapProblems;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

import static com.mentorplatform.api.roadmaps.milestones.MilestoneStatus.DROPPED;
import static com.mentorplatform.api.roadmaps.milestones.MilestoneStatus.IN_PROGRESS;
import static com.mentorplatform.api.roadmaps.milestones.MilestoneStatus.PLANNED;
import static com.mentorplatform.api.roadmaps.milestones.MilestoneStatus.REACHED;

/**
 * A milestone's progress and the moves between its states: the mentee starts (or un-starts), reaches
 * or drops an open milestone, saying what shows it is reached or why it is dropped; the mentor
 * endorses a reached one or sends it back to in progress with a comment. Reaching again clears an
 * earlier sending back (the history keeps it).
 */
record Progress(MilestoneStatus status, @Nullable Instant startedAt, @Nullable Instant reachedAt,
                @Nullable Instant droppedAt, @Nullable String reachedNote, @Nullable Endorsement endorsement,
                @Nullable UUID endorsedBy, @Nullable Instant endorsedAt, @Nullable String endorsementComment) {

    private static final String WHAT = "milestone";

    /** The mentee's move to {@code to} with its note; a 409 for a move the status does not allow, a 400 for a missing note. */
    Progress moveTo(MilestoneStatus to, @Nullable String note, Instant now) {
        if (!status.allowedNext().contains(to)) {
            throw RoadmapProblems.refused(WHAT, status, to);
        }
        String text = FreeText.optional(note);
        if ((to == REACHED || to == DROPPED) && text == null) {
            throw ProblemException.invalidField("note", to == REACHED ? "must say what shows the milestone is reached"
                    : "must say why the milestone is dropped");
        }
        Instant started = startedAt == null ? now : startedAt;
        return switch (to) {
            case IN_PROGRESS -> withStatus(IN_PROGRESS, started);
            case PLANNED -> withStatus(PLANNED, null);
            case REACHED -> new Progress(REACHED, started, now, null, text, null, null, null, null);
            case DROPPED -> new Progress(DROPPED, startedAt, null, now, reachedNote, endorsement, endorsedBy, endorsedAt,
                    endorsementComment);
        };
    }

    /** The mentor's answer to a reached milestone; a 409 unless it is reached (and not yet endorsed, to endorse). */
    Progress answer(Endorsement decision, @Nullable String comment, UUID mentorId, Instant now) {
        if (status != REACHED) {
            throw ProblemType.MILESTONE_NOT_REACHED.exception("Only a reached milestone is endorsed or sent back");
        }
        if (decision == Endorsement.ENDORSED && endorsement == Endorsement.ENDORSED) {
            throw ProblemType.MILESTONE_ENDORSED.exception("It was endorsed on " + endorsedAt);
        }
        String text = FreeText.optional(comment);
        if (decision == Endorsement.SENT_BACK) {
            if (text == null) {
                throw ProblemException.invalidField("comment", "must say what is missing when sending a milestone back");
            }
            return new Progress(IN_PROGRESS, startedAt, null, null, reachedNote, decision, mentorId, now, text);
        }
        return new Progress(REACHED, startedAt, reachedAt, null, reachedNote, decision, mentorId, now, text);
    }

    private Progress withStatus(MilestoneStatus to, @Nullable Instant started) {
        return new Progress(to, started, reachedAt, droppedAt, reachedNote, endorsement, endorsedBy, endorsedAt,
                endorsementComment);
    }
}
