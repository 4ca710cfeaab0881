package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.EngagementReportAttentionPair;
import com.mentorplatform.ui.charts.ChartPanel;
import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * Pairs needing attention: active pairs with no check-in held for longer than their cadence, most overdue
 * first, each linking to its cohort's pair health (where HR can see the whole cohort and act).
 */
class AttentionPanel extends Div {

    final ChartPanel panel;

    AttentionPanel(CsvTables tables) {
        panel = ChartPanel.ofTable("attention", "Pairs needing attention",
                () -> tables.csv(AnalyticsClient.ENGAGEMENT, "attention"), () -> tables.fileName("attention"));
        panel.setNote("Active pairs with no check-in held for longer than their cohort's cadence, most overdue first.");
        add(panel);
        addClassNames("attention-panel", "chart-wide");
    }

    void show(List<EngagementReportAttentionPair> pairs) {
        panel.showTable(List.of("Mentee", "Mentor", "Cohort", "Days since a check-in", "Cadence"), pairs.stream()
                .map(pair -> List.<Object>of(pair.getMenteeName(), pair.getMentorName(), cohortLink(pair),
                        pair.getDaysSinceCheckIn() == null ? "never met" : pair.getDaysSinceCheckIn() + " days",
                        Dates.everyDays(pair.getCadenceDays())))
                .toList());
        panel.setNote(pairs.isEmpty() ? "No pair is overdue for a check-in."
                : "Active pairs with no check-in held for longer than their cohort's cadence, most overdue first.");
    }

    /** The cohort's page opened on its pairs' health. */
    static Anchor cohortLink(EngagementReportAttentionPair pair) {
        Anchor link = new Anchor("cohorts/" + pair.getCohortId() + "?tab=pair-health", pair.getCohortName());
        link.addClassName("cohort-link");
        return link;
    }
}
