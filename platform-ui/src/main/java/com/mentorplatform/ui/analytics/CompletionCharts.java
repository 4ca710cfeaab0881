package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.CompletionReport;
import com.mentorplatform.client.model.CompletionReportCompletionWeek;
import com.mentorplatform.client.model.CompletionReportFunnelStep;
import com.mentorplatform.ui.charts.BarChart;
import com.mentorplatform.ui.charts.ChartPanel;
import com.mentorplatform.ui.charts.LineChart;
import com.mentorplatform.ui.charts.Palette;
import com.mentorplatform.ui.charts.ValueFormat;
import java.util.List;
import java.util.Set;

/** Milestone completion: the funnel by milestone order, and milestones reached week by week. */
final class CompletionCharts {

    final BarChart funnelChart = BarChart.ofPercentages("Roadmaps that reached it");
    final LineChart trendChart = new LineChart(new LineChart.Axes(ValueFormat.COUNT, null, "Milestones", 0, null, false));
    final ChartPanel funnel;
    final ChartPanel trend;

    CompletionCharts(CsvTables tables) {
        funnel = tables.panel("completion-funnel", "Completion funnel", funnelChart, AnalyticsClient.COMPLETION,
                "funnel");
        funnel.setNote("Of the roadmaps with a 1st, 2nd, … milestone, the share that reached it.");
        trend = tables.panel("completion-trend", "Milestones reached, week by week", trendChart,
                AnalyticsClient.COMPLETION, "trend");
        funnelChart.addClassName("chart-short");
    }

    void show(CompletionReport report) {
        List<CompletionReportFunnelStep> steps = report.getFunnel();
        List<String> names = steps.stream().map(step -> AnalyticsLabels.funnelStep(step.getPosition())).toList();
        funnelChart.show(new BarChart.Bars(names,
                List.of(new BarChart.Series("Reached", Palette.BLUE, null,
                        steps.stream().map(step -> Figures.hundredths(step.getRate())).toList(), 0)), Set.of()));
        funnel.showTable(List.of("Milestone", "Roadmaps", "Reached", "Rate"), steps.stream()
                .map(step -> List.<Object>of(AnalyticsLabels.funnelStep(step.getPosition()),
                        Figures.count(step.getRoadmaps()), Figures.count(step.getReached()),
                        Figures.percent(step.getRate())))
                .toList());

        List<CompletionReportCompletionWeek> weeks = report.getTrend();
        List<String> weekNames = weeks.stream().map(week -> week.getWeekStarting().toString()).toList();
        trendChart.show(new LineChart.Lines(weekNames, List.of(
                LineChart.Line.of("Reached", Palette.BLUE,
                        weeks.stream().map(CompletionReportCompletionWeek::getReached).toList()),
                LineChart.Line.of("Reached on time", Palette.GREEN,
                        weeks.stream().map(CompletionReportCompletionWeek::getReachedOnTime).toList()))));
        trend.showTable(List.of("Week starting", "Reached", "Reached on time", "Reached so far"), weeks.stream()
                .map(week -> List.<Object>of(Figures.day(week.getWeekStarting()), Figures.count(week.getReached()),
                        Figures.count(week.getReachedOnTime()), Figures.count(week.getCumulativeReached())))
                .toList());
    }
}
