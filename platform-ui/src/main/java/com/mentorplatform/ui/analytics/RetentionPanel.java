package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.RetentionReport;
import com.mentorplatform.client.model.RetentionReportArm;
import com.mentorplatform.client.model.RetentionReportCurvePoint;
import com.mentorplatform.client.model.RetentionReportHorizon;
import com.mentorplatform.client.model.RetentionReportLogRank;
import com.mentorplatform.client.model.RetentionReportMatching;
import com.mentorplatform.ui.charts.ChartPanel;
import com.mentorplatform.ui.charts.LineChart;
import com.mentorplatform.ui.charts.Palette;
import com.mentorplatform.ui.charts.ValueFormat;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;

/**
 * Retention of participants against the matched comparison group: both Kaplan–Meier curves with their
 * confidence bands, the 6/12/24-month table with the difference and its interval, the log-rank test, who had
 * no counterpart, promotion and mobility, and the caveat, always in view. The figures come from a snapshot:
 * when it was taken is shown, and HR can take a new one.
 */
class RetentionPanel extends Div {

    final LineChart curveChart = new LineChart(
            new LineChart.Axes(ValueFormat.PERCENT, "Months since cohort start", "Still employed", null, 1, false));
    final ChartPanel curve;
    final ChartPanel horizons;
    final ChartPanel promotion;
    final Paragraph caveat = new Paragraph();
    final Span asOf = Hint.of("");
    final Button refresh = new Button("Refresh now", VaadinIcon.REFRESH.create());
    final Paragraph groups = new Paragraph();
    final Paragraph test = new Paragraph();
    private RetentionReport shown;

    RetentionPanel(CsvTables tables) {
        setId("retention");
        addClassName("dashboard-section");
        caveat.setId("retention-caveat");
        caveat.addClassName("caveat");
        asOf.setId("retention-as-of");
        refresh.setId("retention-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        groups.setId("retention-groups");
        groups.addClassNames("hint", "flush");
        test.setId("retention-test");
        test.addClassNames("hint", "flush");
        curve = tables.panel("retention-curve", "Still employed, months after the cohort start", curveChart,
                AnalyticsClient.RETENTION, "curve");
        curve.setNote("Shaded: 95 % confidence bands. People who have not yet reached a month are censored, "
                + "not counted as having stayed.");
        horizons = ChartPanel.ofTable("retention-horizons", "Retention at 6, 12 and 24 months",
                () -> tables.csv(AnalyticsClient.RETENTION, "horizons"), () -> tables.fileName("horizons"));
        promotion = ChartPanel.ofTable("retention-promotion", "Promotion and internal mobility",
                () -> tables.csv(AnalyticsClient.RETENTION, "promotion"), () -> tables.fileName("promotion"));
        H2 title = new H2("Retention");
        Div header = new Div(title, asOf, refresh);
        header.addClassName("section-header");
        curve.addClassName("chart-wide");
        horizons.addClassName("chart-wide");
        promotion.addClassName("chart-wide");
        Div charts = new Div(curve, horizons, promotion);
        charts.addClassName("chart-grid");
        add(header, caveat, groups, test, charts);
    }

    void show(RetentionReport report) {
        shown = report;
        caveat.setText(report.getCaveat() == null || report.getCaveat().isBlank()
                ? "People choose to join, so this is an association, not proof that mentoring caused it."
                : report.getCaveat());
        asOf.setText("As of " + Figures.moment(report.getAsOf()));
        showGroups(report);
        showCurve(report.getCurve());
        showHorizons(report.getHorizons());
        promotion.showTable(List.of("Within", "Participants promoted", "Eligible", "Comparison promoted", "Eligible",
                "Participants moved", "Comparison moved"), report.getPromotion().stream()
                .map(row -> List.<Object>of(row.getMonths() + " months", Figures.percent(row.getParticipantsRate()),
                        Figures.count(row.getParticipantsEligible()), Figures.percent(row.getComparisonRate()),
                        Figures.count(row.getComparisonEligible()), Figures.percent(row.getMobilityParticipantsRate()),
                        Figures.percent(row.getMobilityComparisonRate())))
                .toList());
    }

    /** The report shown now (null before the first). */
    RetentionReport shown() {
        return shown;
    }

    private void showGroups(RetentionReport report) {
        RetentionReportArm participants = report.getParticipants();
        RetentionReportArm comparison = report.getComparison();
        RetentionReportMatching matching = report.getMatching();
        groups.setText(String.format(Locale.ENGLISH,
                "Participants: %s people, %s left. Comparison group: %s people of the same department, level and "
                        + "tenure band, %s left. %s of %s strata and %s participants had no counterpart and are left out.",
                Figures.count(participants == null ? null : participants.getPeople()),
                Figures.count(participants == null ? null : participants.getLeavers()),
                Figures.count(comparison == null ? null : comparison.getPeople()),
                Figures.count(comparison == null ? null : comparison.getLeavers()),
                Figures.count(matching == null ? null : matching.getStrataDropped()),
                Figures.count(matching == null ? null : matching.getStrata()),
                Figures.count(matching == null ? null : matching.getParticipantsDropped())));
        RetentionReportLogRank logRank = report.getLogRank();
        test.setText(logRank == null || logRank.getpValue() == null ? "Log-rank test: not enough data."
                : String.format(Locale.ENGLISH, "Log-rank test of the two curves: χ² = %.2f, p = %s.",
                        logRank.getChiSquare(), pValue(logRank.getpValue())));
    }

    private void showCurve(List<RetentionReportCurvePoint> points) {
        List<String> months = points.stream().map(point -> String.valueOf(point.getMonth())).toList();
        curveChart.show(new LineChart.Lines(months, List.of(
                LineChart.Line.withBand("Participants", Palette.BLUE,
                        points.stream().map(RetentionReportCurvePoint::getParticipants).toList(),
                        points.stream().map(RetentionReportCurvePoint::getParticipantsLower).toList(),
                        points.stream().map(RetentionReportCurvePoint::getParticipantsUpper).toList()),
                LineChart.Line.withBand("Comparison group", Palette.ORANGE,
                        points.stream().map(RetentionReportCurvePoint::getComparison).toList(),
                        points.stream().map(RetentionReportCurvePoint::getComparisonLower).toList(),
                        points.stream().map(RetentionReportCurvePoint::getComparisonUpper).toList()))));
        curve.showTable(List.of("Month", "Participants", "Lower", "Upper", "Comparison", "Lower", "Upper"),
                points.stream().map(point -> List.<Object>of(String.valueOf(point.getMonth()),
                        Figures.percent(point.getParticipants()), Figures.percent(point.getParticipantsLower()),
                        Figures.percent(point.getParticipantsUpper()), Figures.percent(point.getComparison()),
                        Figures.percent(point.getComparisonLower()), Figures.percent(point.getComparisonUpper())))
                        .toList());
    }

    private void showHorizons(List<RetentionReportHorizon> rows) {
        horizons.showTable(List.of("After", "Participants", "At risk", "Comparison", "At risk", "Difference"),
                rows.stream().map(row -> List.<Object>of(row.getMonths() + " months",
                        interval(row.getParticipants(), row.getParticipantsLower(), row.getParticipantsUpper()),
                        Figures.count(row.getParticipantsAtRisk()),
                        interval(row.getComparison(), row.getComparisonLower(), row.getComparisonUpper()),
                        Figures.count(row.getComparisonAtRisk()),
                        difference(row)))
                        .toList());
    }

    private static String difference(RetentionReportHorizon row) {
        return row.getDifference() == null ? "–" : Figures.points(row.getDifference()) + " ("
                + Figures.points(row.getDifferenceLower()) + " to " + Figures.points(row.getDifferenceUpper()) + ")";
    }

    private static String interval(Double value, Double lower, Double upper) {
        return value == null ? "not reached yet"
                : Figures.percent(value) + " (" + Figures.percent(lower).replace("%", "") + "–" + Figures.percent(upper)
                        + ")";
    }

    private static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ENGLISH, "%.3f", p);
    }
}
