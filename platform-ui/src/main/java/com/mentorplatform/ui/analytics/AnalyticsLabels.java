package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.Concern;

/** How the dashboard words a drill-down's concern and a funnel step: the one place for that text. */
final class AnalyticsLabels {

    private AnalyticsLabels() {}

    /** Which pairs the drill-down lists; the concerns are the contract's. */
    static String concern(Concern concern) {
        return switch (concern) {
            case ALL -> "All pairs";
            case OVERDUE -> "Overdue for a check-in";
            case ENDED_EARLY -> "Ended early";
            case ACTIVE -> "Active";
            case UNMATCHED -> "Unmatched mentees";
        };
    }

    /** The funnel step of the milestone at {@code position}, where 5 stands for the 5th and later. */
    static String funnelStep(int position) {
        return switch (position) {
            case 1 -> "1st milestone";
            case 2 -> "2nd milestone";
            case 3 -> "3rd milestone";
            case 4 -> "4th milestone";
            default -> "5th+ milestone";
        };
    }
}
