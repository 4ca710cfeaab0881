package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.ParticipationReport;
import com.mentorplatform.client.model.ParticipationReportMatchingRunRow;
import com.mentorplatform.client.model.ParticipationReportScoreBandRow;
import com.mentorplatform.ui.charts.BarChart;
import com.mentorplatform.ui.charts.ChartPanel;
import com.mentorplatform.ui.charts.LineChart;
import com.mentorplatform.ui.charts.Palette;
import com.mentorplatform.ui.charts.ValueFormat;
import com.mentorplatform.ui.kit.Dates;
import java.util.List;
import java.util.Set;

/**
 * Matching quality: each run's average match score against what a greedy assignment would have scored, and the
 * early-ending rate by match-score band (does a better score make a pair last?).
 */
final class MatchingCharts {

    private static final String NOTE = "The optimiser's average score per pair against a greedy first-come assignment.";

    final LineChart runsChart = new LineChart(new LineChart.Axes(ValueFormat.DECIMAL, null, "Average score", 0, 1, false));
    final BarChart bandsChart = BarChart.ofPercentages("Pairs that ended early");
    final ChartPanel runs;
    final ChartPanel bands;

    MatchingCharts(CsvTables tables) {
        runs = tables.panel("matching-runs", "Matching quality, run by run", runsChart, AnalyticsClient.PARTICIPATION,
                "runs");
        runs.setNote(NOTE);
        bands = tables.panel("matching-bands", "Early endings by match score", bandsChart, AnalyticsClient.PARTICIPATION,
                "scoreBands");
        bandsChart.addClassName("chart-short");
    }

    void show(ParticipationReport report) {
        List<ParticipationReportMatchingRunRow> allRuns = report.getRuns();
        // Runs recorded without scores (imported history, say) have nothing to draw; the table still lists them.
        List<ParticipationReportMatchingRunRow> shownRuns = allRuns.stream()
                .filter(run -> run.getAverageScore() != null).toList();
        int unscored = allRuns.size() - shownRuns.size();
        runs.setNote(NOTE + (unscored == 0 ? "" : " " + unscored + " of " + allRuns.size()
                + " runs have no recorded scores and are not drawn."));
        runsChart.show(new LineChart.Lines(shownRuns.stream().map(MatchingCharts::runLabel).toList(), List.of(
                LineChart.Line.of("Optimised", Palette.BLUE,
                        shownRuns.stream().map(ParticipationReportMatchingRunRow::getAverageScore).toList()),
                LineChart.Line.of("Greedy", Palette.VERMILLION,
                        shownRuns.stream().map(ParticipationReportMatchingRunRow::getGreedyAverageScore).toList())
                        .dashedLine())));
        runs.showTable(List.of("Run", "Mentees", "Average score", "Greedy average"), allRuns.stream()
                .map(run -> List.<Object>of(runLabel(run), Figures.count(run.getMentees()),
                        decimals(run.getAverageScore()), decimals(run.getGreedyAverageScore())))
                .toList());
        List<ParticipationReportScoreBandRow> shownBands = report.getScoreBands();
        bandsChart.show(new BarChart.Bars(shownBands.stream().map(ParticipationReportScoreBandRow::getBand).toList(),
                List.of(new BarChart.Series("Ended early", Palette.VERMILLION, null, shownBands.stream()
                        .map(band -> Figures.hundredths(band.getEarlyEndingRate())).toList(), 0)), Set.of()));
        bands.showTable(List.of("Score band", "Pairs", "Ended early", "Rate"), shownBands.stream()
                .map(band -> List.<Object>of(band.getBand(), Figures.count(band.getPairs()),
                        Figures.count(band.getEndedEarly()), Figures.percent(band.getEarlyEndingRate())))
                .toList());
    }

    private static String runLabel(ParticipationReportMatchingRunRow run) {
        String day = run.getFinishedAt() == null ? "" : " " + Dates.day(run.getFinishedAt());
        return run.getCohortName() + day;
    }

    private static String decimals(Double value) {
        return ValueFormat.DECIMAL.format(value);
    }
}
