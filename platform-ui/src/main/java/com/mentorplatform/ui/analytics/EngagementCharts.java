package com.mentorplatform.ui.analytics;

import com.mentorplatform.ui.charts.ChartPanel;
import com.mentorplatform.ui.charts.HeatmapChart;
import com.mentorplatform.ui.charts.LineChart;
import com.mentorplatform.ui.charts.Palette;
import com.mentorplatform.ui.charts.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Engagement: check-ins per active pair month by month against the cadence, and the same per cohort as a heatmap. */
final class EngagementCharts {

    final LineChart monthlyChart = new LineChart(
            new LineChart.Axes(ValueFormat.DECIMAL, null, "Check-ins per pair", 0, null, false));
    final HeatmapChart heatmapChart = new HeatmapChart("check-ins per active pair", 1);
    final ChartPanel monthly;
    final ChartPanel heatmap;

    EngagementCharts(CsvTables tables) {
        monthly = tables.panel("engagement-trend", "Check-ins per active pair, month by month", monthlyChart,
                AnalyticsClient.ENGAGEMENT, "monthly");
        monthly.setNote("The dashed line is what the cohorts' check-in cadence expects.");
        heatmap = tables.panel("engagement-heatmap", "Check-ins per active pair by cohort and month", heatmapChart,
                AnalyticsClient.ENGAGEMENT, "heatmap");
    }

    void show(EngagementReport report) {
        List<EngagementReport.Month> months = report.monthly();
        monthlyChart.show(new LineChart.Lines(months.stream().map(EngagementReport.Month::month).toList(), List.of(
                LineChart.Line.of("Held per pair", Palette.BLUE,
                        months.stream().map(EngagementReport.Month::perPair).toList()),
                LineChart.Line.of("Expected per pair", Palette.ORANGE,
                        months.stream().map(EngagementReport.Month::expectedPerPair).toList()).dashedLine())));
        monthly.showTable(List.of("Month", "Active pairs", "Check-ins held", "Per pair", "Expected per pair",
                "Journal entries", "Evidence", "Average rating"), months.stream()
                .map(month -> List.<Object>of(month.month(), Figures.count(month.activePairs()),
                        Figures.count(month.checkInsHeld()), Figures.decimal(month.perPair()),
                        Figures.decimal(month.expectedPerPair()), Figures.count(month.journalEntries()),
                        Figures.count(month.evidence()), Figures.decimal(month.averageRating())))
                .toList());
        showHeatmap(report.heatmap());
    }

    private void showHeatmap(List<EngagementReport.HeatCell> cells) {
        List<String> columns = cells.stream().map(EngagementReport.HeatCell::month).distinct().sorted().toList();
        List<String> rows = cells.stream().map(EngagementReport.HeatCell::cohortName).distinct().toList();
        Map<String, Integer> column = positions(columns);
        Map<String, Integer> row = positions(rows);
        heatmapChart.show(new HeatmapChart.Cells(columns, rows, cells.stream()
                .map(cell -> new HeatmapChart.Cell(column.get(cell.month()), row.get(cell.cohortName()), cell.perPair()))
                .toList()));
        heatmap.showTable(List.of("Cohort", "Month", "Active pairs", "Check-ins held", "Per pair"), cells.stream()
                .map(cell -> List.<Object>of(cell.cohortName(), cell.month(), Figures.count(cell.activePairs()),
                        Figures.count(cell.checkInsHeld()), Figures.decimal(cell.perPair())))
                .toList());
        heatmapChart.removeClassNames("chart-rows-few", "chart-rows-many");
        heatmapChart.addClassName(rows.size() > 6 ? "chart-rows-many" : "chart-rows-few");
    }

    private static Map<String, Integer> positions(List<String> labels) {
        List<String> ordered = new ArrayList<>(labels);
        return ordered.stream().collect(Collectors.toMap(label -> label, ordered::indexOf, (a, b) -> a));
    }
}
