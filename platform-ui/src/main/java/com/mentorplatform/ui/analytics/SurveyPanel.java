package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.SurveyReport;
import com.mentorplatform.client.model.SurveyReportFitBand;
import com.mentorplatform.client.model.SurveyReportSurveyFigures;
import com.mentorplatform.ui.charts.BarChart;
import com.mentorplatform.ui.charts.ChartPanel;
import com.mentorplatform.ui.charts.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Survey results: fit rate, satisfaction and NPS per cohort and in all, the fit rate by match-score band (does a
 * better score make a better fit?), and the participants' comments. What fewer people answered than the tenant's
 * anonymity threshold shows as "hidden", never as a number.
 */
final class SurveyPanel {

    static final String HIDDEN = "hidden";

    final BarChart fitChart = BarChart.ofPercentages("Said it is a good fit");
    final ChartPanel cohorts;
    final ChartPanel bands;
    final ChartPanel comments;

    SurveyPanel(CsvTables tables) {
        cohorts = ChartPanel.ofTable("survey-cohorts", "Fit, satisfaction and NPS by cohort",
                () -> tables.csv(AnalyticsClient.SURVEYS, "cohorts"), () -> tables.fileName("surveys"));
        bands = tables.panel("survey-bands", "Good fit by match score", fitChart, AnalyticsClient.SURVEYS, "fitByBand");
        fitChart.addClassName("chart-short");
        comments = ChartPanel.ofTable("survey-comments", "What participants wrote",
                () -> tables.csv(AnalyticsClient.SURVEYS, "comments"), () -> tables.fileName("survey-comments"));
    }

    void show(SurveyReport report) {
        String rule = "Every answer so far. Figures of fewer than " + report.getThreshold() + " people are hidden.";
        cohorts.setNote(rule + " Satisfaction: mean of three questions, 1–5. NPS: % promoters (9–10) minus "
                + "% detractors (0–6).");
        SurveyReportSurveyFigures all = report.getSummary();
        List<List<Object>> rows = new ArrayList<>(report.getCohorts().stream()
                .map(c -> row(c.getCohortName(), c.getFitAnswers(), c.getFitYesRate(), c.getQualityAnswers(),
                        c.getSatisfaction(), c.getEndAnswers(), c.getNps()))
                .toList());
        rows.add(row("All in scope", all.getFitAnswers(), all.getFitYesRate(), all.getQualityAnswers(),
                all.getSatisfaction(), all.getEndAnswers(), all.getNps()));
        cohorts.showTable(List.of("Cohort", "Fit answers", "Good fit", "Quality answers", "Satisfaction",
                "End answers", "NPS"), rows);
        fitChart.show(new BarChart.Bars(report.getFitByBand().stream().map(SurveyReportFitBand::getBand).toList(),
                List.of(new BarChart.Series("Good fit", Palette.BLUE, null, report.getFitByBand().stream()
                        .map(band -> Figures.hundredths(band.getYesRate())).toList(), 0)), Set.of()));
        bands.setNote("All cohorts, whatever the filter, so that no two views can be subtracted.");
        bands.showTable(List.of("Score band", "Fit answers", "Good fit"), report.getFitByBand().stream()
                .map(band -> List.<Object>of(band.getBand(), Figures.count(band.getAnswers()),
                        shownOr(band.getAnswers(), Figures.percent(band.getYesRate()), band.getYesRate())))
                .toList());
        comments.setNote(report.getComments().isEmpty() ? "No comments to show: none yet, or from groups under "
                + report.getThreshold() + " people." : "Shown only from cohorts where enough people answered.");
        comments.showTable(List.of("Cohort", "Survey", "Comment"), report.getComments().stream()
                .map(c -> List.<Object>of(c.getCohortName(), c.getKind(), c.getComment())).toList());
    }

    private static List<Object> row(String name, long fit, Double fitRate, long quality, Double satisfaction,
                                    long end, Double nps) {
        return List.of(name, Figures.count(fit), shownOr(fit, Figures.percent(fitRate), fitRate),
                Figures.count(quality), shownOr(quality, Figures.decimal(satisfaction), satisfaction),
                Figures.count(end), shownOr(end, Figures.decimal(nps), nps));
    }

    /** The figure; "hidden" where people answered but too few to show it; a dash where nobody did. */
    private static String shownOr(long answers, String figure, Double value) {
        return value == null && answers > 0 ? HIDDEN : figure;
    }
}
