package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.AttentionReason;
import com.mentorplatform.client.model.CheckInSignals;
import com.mentorplatform.client.model.PairOverview;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.client.model.RoadmapProgress;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** How a pair's numbers read, the same on the mentor's cards and HR's grid. */
final class PairSignals {

    private PairSignals() {}

    /** "Last check-in 3 days ago", "No check-in yet, started 20 days ago", or "No check-in yet". */
    static String lastCheckIn(CheckInSignals checkIns) {
        Integer days = checkIns.getDaysSinceLast();
        if (checkIns.getLastHeldAt() != null) {
            return "Last check-in " + Dates.daysAgo(days == null ? 0 : days);
        }
        return days == null ? "No check-in yet" : "No check-in yet, started " + Dates.daysAgo(days);
    }

    /** "Next on 12 Dec 2027 · every 14 days", or the cadence alone when nothing is planned. */
    static String cadence(CheckInSignals checkIns) {
        String every = Dates.everyDays(checkIns.getCadenceDays());
        return checkIns.getNextScheduledAt() == null ? "Check-ins " + every
                : "Next on " + Dates.day(checkIns.getNextScheduledAt()) + " · " + every;
    }

    /** "1 of 3 milestones reached", or that there is no roadmap yet. */
    static String milestones(RoadmapProgress roadmap) {
        if (roadmap.getRoadmapId() == null) {
            return "No roadmap yet";
        }
        return roadmap.getMilestonesReached() + " of " + roadmap.getMilestones() + " milestones reached";
    }

    /** "2 experiments running (limit 3)". */
    static String experiments(RoadmapProgress roadmap) {
        int running = roadmap.getActiveExperiments();
        return running + (running == 1 ? " experiment" : " experiments") + " running (limit "
                + roadmap.getExperimentLimit() + ")";
    }

    static ProgressBar milestoneBar(RoadmapProgress roadmap) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, roadmap.getMilestones()), roadmap.getMilestonesReached());
        bar.addClassName("milestone-progress");
        bar.getElement().setAttribute("aria-label", milestones(roadmap));
        return bar;
    }

    /** Red and amber badges for each attention reason; "On track" for an active pair that needs none. */
    static Div attentionBadges(PairOverview pair) {
        Div badges = new Div();
        badges.addClassName("attention-badges");
        badges.addClassName("tags");
        pair.getAttention().forEach(reason -> badges.add(wrapping(attentionBadge(reason))));
        if (pair.getAttention().isEmpty() && pair.getStatus() == PairStatus.ACTIVE) {
            badges.add(Badge.of("On track", Badge.Tone.SUCCESS));
        }
        return badges;
    }

    /** Why the pair needs attention, coloured by its kind: red for a missed check-in, amber for the plan. */
    static Span attentionBadge(AttentionReason reason) {
        Span badge = Badge.of(reason.getText(), switch (reason.getKind()) {
            case CHECK_IN_OVERDUE -> Badge.Tone.ERROR;
            case MILESTONES_STALLED, OVERCOMMITTED -> Badge.Tone.WARNING;
        });
        badge.addClassName("attention-badge");
        badge.getElement().setAttribute("data-kind", reason.getKind().name());
        return badge;
    }

    /** A badge per open flag, e.g. "Flagged: Sponsorship". */
    static Div flagBadges(PairOverview pair) {
        Div badges = new Div();
        badges.addClassName("flag-badges");
        badges.addClassName("tags");
        pair.getSponsorshipFlags().forEach(flag -> {
            Span badge = Badge.of("Flagged: " + FlagLabels.kind(flag.getKind()), Badge.Tone.CONTRAST);
            badge.getElement().setAttribute("title", flag.getNote());
            badges.add(wrapping(badge));
        });
        return badges;
    }

    /** A badge that wraps its words instead of being cut off in a narrow grid column. */
    private static Span wrapping(Span badge) {
        badge.addClassName("wrapping");
        return badge;
    }
}
