package com.mentorplatform.ui.oversight;

import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.oversight.PairOverview.CheckIns;
import com.mentorplatform.ui.oversight.PairOverview.RoadmapProgress;
import com.mentorplatform.client.model.PairStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** How a pair's numbers read, the same on the mentor's cards and HR's grid. */
final class PairSignals {

    private PairSignals() {}

    /** "Last check-in 3 days ago", "No check-in yet, started 20 days ago", or "No check-in yet". */
    static String lastCheckIn(CheckIns checkIns) {
        Integer days = checkIns.daysSinceLast();
        if (checkIns.lastHeldAt() != null) {
            return "Last check-in " + Dates.daysAgo(days == null ? 0 : days);
        }
        return days == null ? "No check-in yet" : "No check-in yet, started " + Dates.daysAgo(days);
    }

    /** "Next on 12 Dec 2027 · every 14 days", or the cadence alone when nothing is planned. */
    static String cadence(CheckIns checkIns) {
        String every = "every " + checkIns.cadenceDays() + " days";
        return checkIns.nextScheduledAt() == null ? "Check-ins " + every
                : "Next on " + Dates.day(checkIns.nextScheduledAt()) + " · " + every;
    }

    /** "1 of 3 milestones reached", or that there is no roadmap yet. */
    static String milestones(RoadmapProgress roadmap) {
        if (roadmap.roadmapId() == null) {
            return "No roadmap yet";
        }
        return roadmap.milestonesReached() + " of " + roadmap.milestones() + " milestones reached";
    }

    /** "2 experiments running (limit 3)". */
    static String experiments(RoadmapProgress roadmap) {
        int running = roadmap.activeExperiments();
        return running + (running == 1 ? " experiment" : " experiments") + " running (limit "
                + roadmap.experimentLimit() + ")";
    }

    static ProgressBar milestoneBar(RoadmapProgress roadmap) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, roadmap.milestones()), roadmap.milestonesReached());
        bar.addClassName("milestone-progress");
        bar.getElement().setAttribute("aria-label", milestones(roadmap));
        return bar;
    }

    /** Red and amber badges for each attention reason; "On track" for an active pair that needs none. */
    static Div attentionBadges(PairOverview pair) {
        Div badges = new Div();
        badges.addClassName("attention-badges");
        badges.addClassName("tags");
        pair.attention().forEach(reason -> badges.add(wrapping(reason.badge())));
        if (pair.attention().isEmpty() && pair.status() == PairStatus.ACTIVE) {
            badges.add(Badge.of("On track", Badge.Tone.SUCCESS));
        }
        return badges;
    }

    /** A badge per open flag, e.g. "Flagged: Sponsorship". */
    static Div flagBadges(PairOverview pair) {
        Div badges = new Div();
        badges.addClassName("flag-badges");
        badges.addClassName("tags");
        pair.sponsorshipFlags().forEach(flag -> {
            Span badge = Badge.of("Flagged: " + FlagLabels.kind(flag.kind()), Badge.Tone.CONTRAST);
            badge.getElement().setAttribute("title", flag.note());
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
