package com.mentorplatform.ui.pairs;

import com.mentorplatform.client.model.EndReason;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Span;
import java.math.RoundingMode;

/**
 * How the console words a pair's status, its moves and why it ended: the one place for that text (whole phrases
 * with placeholders, so a message bundle can take them over). The statuses themselves are the contract's; which
 * moves a pair allows comes from the API with each pair.
 */
public final class PairLabels {

    private PairLabels() {}

    public static String status(PairStatus status) {
        return switch (status) {
            case PROPOSED -> "Proposed";
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case COMPLETED -> "Completed";
            case ENDED_EARLY -> "Ended early";
        };
    }

    public static Span badge(PairStatus status) {
        return Badge.of(status(status), switch (status) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case ENDED_EARLY -> Badge.Tone.ERROR;
            case PAUSED, COMPLETED -> Badge.Tone.CONTRAST;
            case PROPOSED -> Badge.Tone.NEUTRAL;
        });
    }

    /** The button that moves a pair from {@code from} to {@code next}: "Resume" a paused pair, "End early…". */
    public static String move(PairStatus from, PairStatus next) {
        return switch (next) {
            case ACTIVE -> from == PairStatus.PAUSED ? "Resume" : "Activate";
            case PAUSED -> "Pause";
            case COMPLETED -> "Complete";
            case ENDED_EARLY -> "End early…";
            case PROPOSED -> "Propose";
        };
    }

    /** "Active since 3 Mar 2027", "Ended early on …": {@code day} is the day the pair got its status. */
    static String since(PairStatus status, String day) {
        return switch (status) {
            case PROPOSED -> "Proposed on " + day;
            case ACTIVE -> "Active since " + day;
            case PAUSED -> "Paused since " + day;
            case COMPLETED -> "Completed on " + day;
            case ENDED_EARLY -> "Ended early on " + day;
        };
    }

    /**
     * What was said at the pair's last status change, e.g. "Ended early: Not a good fit, both agreed ..." or
     * "Paused: on parental leave"; empty when nothing was.
     */
    static String statusNote(PairResponse pair) {
        if (pair.getEndReason() == null && pair.getEndNote() == null) {
            return "";
        }
        String reason = pair.getEndReason() == null ? "" : endReason(pair.getEndReason());
        String note = pair.getEndNote();
        String said = note == null ? reason : reason.isEmpty() ? note : reason + ", " + note;
        return status(pair.getStatus()) + ": " + said;
    }

    /** The pair's match score as a whole percentage, e.g. "72%"; empty for a pair made without one. */
    static String scorePercent(PairResponse pair) {
        return pair.getScore() == null ? "" : pair.getScore().movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }

    /** E.g. "Kemi Osei flagged you as ready for sponsorship": a flag as the flagged mentee reads it. */
    static String flagHeadline(SponsorshipFlag flag) {
        String forWhat = switch (flag.getKind()) {
            case SPONSORSHIP -> "ready for sponsorship";
            case STRETCH_ASSIGNMENT -> "ready for a stretch assignment";
        };
        return flag.getMentorName() + " flagged you as " + forWhat;
    }

    public static String endReason(EndReason reason) {
        return switch (reason) {
            case NOT_A_GOOD_FIT -> "Not a good fit";
            case NO_TIME -> "No time";
            case LEFT_THE_COMPANY -> "Left the company";
            case ROLE_CHANGE -> "Role change";
            case GOALS_MET_EARLY -> "Goals met early";
            case OTHER -> "Other";
        };
    }
}
