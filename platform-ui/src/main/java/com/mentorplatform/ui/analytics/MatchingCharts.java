package com.mentorplatform.ui.analytics;

import com.mentorplatform.ui.charts.BarChart;
import com.mentorplatform.ui.charts.ChartPanel;
import com.mentorplatform.ui.charts.LineChart;
import com.mentorplatform.ui.charts.Palette;
import com.mentorplatform.ui.charts.ValueFormat;
import java.time.ZoneId;
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
        List<ParticipationReport.Run> allRuns = report.runs();
        // Runs recorded without scores (imported history, say) have nothing to draw; the table still lists them.
        List<ParticipationReport.Run> shownRuns = allRuns.stream().filter(run -> run.averageScore() != null).toList();
        int unscored = allRuns.size() - shownRuns.size();
        runs.setNote(NOTE + (unscored == 0 ? "" : " " + unscored + " of " + allRuns.size()
                + " runs have no recorded scores and are not drawn."));
        runsChart.show(new LineChart.Lines(shownRuns.stream().map(MatchingCharts::runLabel).toList(), List.of(
                LineChart.Line.of("Optimised", Palette.BLUE,
                        shownRuns.stream().map(ParticipationReport.Run::averageScore).toList()),
                LineChart.Line.of("Greedy", Palette.VERMILLION,
                        shownRuns.stream().map(ParticipationReport.Run::greedyAverageScore).toList()).dashedLine())));
        runs.showTable(List.of("Run", "Mentees", "Average score", "Greedy average"), allRuns.stream()
                .map(run -> List.<Object>of(runLabel(run), Figures.count(run.mentees()),
                        decimals(run.averageScore()), decimals(run.greedyAverageScore())))
                .toList());
        List<ParticipationReport.ScoreBand> shownBands = report.scoreBands();
        bandsChart.show(new BarChart.Bars(shownBands.stream().map(ParticipationReport.ScoreBand::band).toList(),
                List.of(new BarChart.Series("Ended early", Palette.VERMILLION, null, shownBands.stream()
                        .map(band -> Figures.hundredths(band.earlyEndingRate())).toList(), 0)), Set.of()));
        bands.showTable(List.of("Score band", "Pairs", "Ended early", "Rate"), shownBands.stream()
                .map(band -> List.<Object>of(band.band(), Figures.count(band.pairs()), Figures.count(band.endedEarly()),
                        Figures.percent(band.earlyEndingRate())))
                .toList());
    }

    private static String runLabel(ParticipationReport.Run run) {
        String day = run.finishedAt() == null ? "" : " " + run.finishedAt().atZone(ZoneId.systemDefault()).toLocalDate();
        return run.cohortName() + day;
    }

    private static String decimals(Double value) {
        return ValueFormat.DECIMAL.format(value);
    }
}
