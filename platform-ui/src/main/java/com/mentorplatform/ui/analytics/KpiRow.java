package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.CompletionReportCompletionSummary;
import com.mentorplatform.client.model.EngagementReportEngagementSummary;
import com.mentorplatform.client.model.ParticipationReportParticipationSummary;
import com.mentorplatform.ui.charts.KpiCard.Trend;
import com.mentorplatform.ui.charts.KpiCard;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;

/**
 * The key figures at the top of the dashboard. Where the API has the same figure for the previous period, a
 * card shows the change since then; the match rate is read against the usual 70 % bar and check-ins against
 * what the cohorts' cadence expects. "Active now" and "active in the period" are two cards, never one number.
 */
class KpiRow extends Div {

    final KpiCard matchRate = new KpiCard("kpi-match-rate", "Match rate");
    final KpiCard reached = new KpiCard("kpi-reached", "Milestones reached in the period");
    final KpiCard onTime = new KpiCard("kpi-on-time", "Reached on time");
    final KpiCard perPairMonth = new KpiCard("kpi-check-ins", "Check-ins per pair-month");
    final KpiCard recentCheckIn = new KpiCard("kpi-recent-check-in", "Pairs with a check-in in the last 30 days");
    final KpiCard activeNow = new KpiCard("kpi-active-now", "Pairs active now");
    final KpiCard activeInPeriod = new KpiCard("kpi-active-in-period", "Pairs active at some time in the period");

    KpiRow() {
        setId("analytics-kpis");
        addClassName("kpi-row");
        add(matchRate, reached, onTime, perPairMonth, recentCheckIn, activeNow, activeInPeriod);
    }

    List<KpiCard> cards() {
        return List.of(matchRate, reached, onTime, perPairMonth, recentCheckIn, activeNow, activeInPeriod);
    }

    void show(ParticipationReportParticipationSummary participation, CompletionReportCompletionSummary completion,
              EngagementReportEngagementSummary engagement, EngagementReportEngagementSummary previousEngagement) {
        showMatchRate(participation);
        reached.show(Figures.count(completion.getReachedInPeriod()),
                Trend.of(completion.getReachedInPeriod(), completion.getReachedInPreviousPeriod()),
                change(completion.getReachedInPeriod() - completion.getReachedInPreviousPeriod())
                        + " since the previous period (" + completion.getReachedInPreviousPeriod() + ")",
                Figures.count(completion.getReached()) + " of " + Figures.count(completion.getMilestones())
                        + " milestones reached so far (" + Figures.percent(completion.getReachedRate()) + ")");
        onTime.show(Figures.percent(completion.getOnTimeRate()), Trend.FLAT, null,
                Figures.count(completion.getReachedOnTime()) + " of " + Figures.count(completion.getReached())
                        + " reached by their due date; " + Figures.count(completion.getOverdue()) + " open past due");
        showCheckIns(engagement, previousEngagement);
        recentCheckIn.show(Figures.percent(engagement.getShareWithCheckInLast30Days()), Trend.FLAT, null,
                Figures.count(engagement.getOverduePairs()) + " pairs overdue for a check-in at their cadence");
        activeNow.show(Figures.count(engagement.getActivePairsNow()), Trend.FLAT, null,
                "Pairs whose status is active today");
        activeInPeriod.show(Figures.count(engagement.getPairsActiveInPeriod()),
                Trend.of(engagement.getPairsActiveInPeriod(), previousEngagement.getPairsActiveInPeriod()),
                change(engagement.getPairsActiveInPeriod() - previousEngagement.getPairsActiveInPeriod())
                        + " since the previous period (" + previousEngagement.getPairsActiveInPeriod() + ")",
                "Including pairs that have ended or paused since");
    }

    private void showMatchRate(ParticipationReportParticipationSummary participation) {
        Double rate = participation.getMatchRate();
        double target = participation.getMatchRateTarget() == null ? 0.7 : participation.getMatchRateTarget();
        String againstBar = rate == null ? null
                : Figures.points(rate - target).replace("+", "") + (rate >= target ? " above" : " below")
                        + " the " + Figures.percent(target) + " bar";
        matchRate.show(Figures.percent(rate), rate == null ? Trend.FLAT : rate >= target ? Trend.UP : Trend.DOWN,
                againstBar, Figures.count(participation.getMatchedMentees()) + " of "
                        + Figures.count(participation.getEnrolledMentees())
                        + " enrolled mentees in an active, paused or completed pair");
    }

    private void showCheckIns(EngagementReportEngagementSummary engagement,
            EngagementReportEngagementSummary previous) {
        Double now = engagement.getCheckInsPerPairMonth();
        Double before = previous.getCheckInsPerPairMonth();
        String changeText = now == null || before == null ? null
                : String.format(Locale.ENGLISH, "%+.1f since the previous period (%s)", now - before,
                        Figures.decimal(before));
        perPairMonth.show(Figures.decimal(now), Trend.of(now, before), changeText,
                "Expected " + Figures.decimal(engagement.getExpectedPerPairMonth()) + " at the cohorts' cadence; "
                        + Figures.count(engagement.getCheckInsHeld()) + " held in the period");
    }

    private static String change(long difference) {
        return (difference > 0 ? "+" : "") + difference;
    }
}
