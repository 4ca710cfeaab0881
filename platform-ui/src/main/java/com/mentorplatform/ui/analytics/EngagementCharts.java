package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.EngagementReport;
import com.mentorplatform.client.model.EngagementReportEngagementMonth;
import com.mentorplatform.client.model.EngagementReportHeatmapCell;
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
        List<EngagementReportEngagementMonth> months = report.getMonthly();
        List<String> monthNames = months.stream().map(EngagementReportEngagementMonth::getMonth).toList();
        monthlyChart.show(new LineChart.Lines(monthNames, List.of(
                LineChart.Line.of("Held per pair", Palette.BLUE,
                        months.stream().map(EngagementReportEngagementMonth::getPerPair).toList()),
                LineChart.Line.of("Expected per pair", Palette.ORANGE,
                        months.stream().map(EngagementReportEngagementMonth::getExpectedPerPair).toList())
                        .dashedLine())));
        monthly.showTable(List.of("Month", "Active pairs", "Check-ins held", "Per pair", "Expected per pair",
                "Journal entries", "Evidence", "Average rating"), months.stream()
                .map(month -> List.<Object>of(month.getMonth(), Figures.count(month.getActivePairs()),
                        Figures.count(month.getCheckInsHeld()), Figures.decimal(month.getPerPair()),
                        Figures.decimal(month.getExpectedPerPair()), Figures.count(month.getJournalEntries()),
                        Figures.count(month.getEvidence()), Figures.decimal(month.getAverageRating())))
                .toList());
        showHeatmap(report.getHeatmap());
    }

    private void showHeatmap(List<EngagementReportHeatmapCell> cells) {
        List<String> columns = cells.stream().map(EngagementReportHeatmapCell::getMonth).distinct().sorted().toList();
        List<String> rows = cells.stream().map(EngagementReportHeatmapCell::getCohortName).distinct().toList();
        Map<String, Integer> column = positions(columns);
        Map<String, Integer> row = positions(rows);
        heatmapChart.show(new HeatmapChart.Cells(columns, rows, cells.stream()
                .map(cell -> new HeatmapChart.Cell(column.get(cell.getMonth()), row.get(cell.getCohortName()),
                        cell.getPerPair()))
                .toList()));
        heatmap.showTable(List.of("Cohort", "Month", "Active pairs", "Check-ins held", "Per pair"), cells.stream()
                .map(cell -> List.<Object>of(cell.getCohortName(), cell.getMonth(),
                        Figures.count(cell.getActivePairs()), Figures.count(cell.getCheckInsHeld()),
                        Figures.decimal(cell.getPerPair())))
                .toList());
        heatmapChart.removeClassNames("chart-rows-few", "chart-rows-many");
        heatmapChart.addClassName(rows.size() > 6 ? "chart-rows-many" : "chart-rows-few");
    }

    private static Map<String, Integer> positions(List<String> labels) {
        List<String> ordered = new ArrayList<>(labels);
        return ordered.stream().collect(Collectors.toMap(label -> label, ordered::indexOf, (a, b) -> a));
    }
}
