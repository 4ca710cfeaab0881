package com.mentorplatform.ui.leadership;

import com.mentorplatform.client.model.LeaderTable;
import com.mentorplatform.client.model.LeaderTableColumn;
import com.mentorplatform.client.model.LeaderTableRow;
import com.mentorplatform.ui.charts.BarChart;
import com.mentorplatform.ui.charts.DataTable;
import com.mentorplatform.ui.charts.Palette;
import com.mentorplatform.ui.charts.ValueFormat;
import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A leader table and its chart. A suppressed row shows "hidden" in a muted badge in every cell and has no
 * bar; its label in the chart says why and is marked, so an absent bar never reads as zero.
 */
class LeaderTablePanel extends Div {

    private static final String RETENTION = "retention";

    final DataTable table = new DataTable("Figures by group");
    final BarChart chart = BarChart.ofPercentages(null);
    final Paragraph note = new Paragraph();
    final H3 chartTitle = new H3();
    final Paragraph caveat = new Paragraph("People choose to join a programme, so a difference in retention is an "
            + "association, not proof that mentoring caused it. People who have not yet reached a horizon are not "
            + "counted as having stayed.");
    private final Paragraph dashes = new Paragraph("“–” means there is nothing to count, e.g. no pair has ended.");

    LeaderTablePanel() {
        setId("leader-table");
        addClassName("leader-panels");
        note.setId("leader-note");
        note.addClassNames("hint", "flush");
        chartTitle.addClassName("chart-title");
        table.setId("leader-rows");
        table.addClassName("with-total");
        chart.setId("leader-chart");
        dashes.addClassNames("hint", "flush");
        caveat.setId("leader-caveat");
        caveat.addClassName("caveat");
        caveat.setVisible(false);
        Div tableBox = new Div(caveat, table, note, dashes);
        tableBox.addClassName("chart-panel");
        Div chartBox = new Div(chartTitle, chart);
        chartBox.addClassName("chart-panel");
        add(tableBox, chartBox);
    }

    void show(LeaderTable shown, String breakdownLabel) {
        // One marker for every hidden group: telling the small ones from their complements would point at the small ones.
        String fewer = "hidden";
        List<String> headers = new ArrayList<>();
        headers.add(breakdownLabel);
        shown.getColumns().forEach(column -> headers.add(column.getLabel()));
        List<List<Object>> rows = new ArrayList<>();
        Stream.concat(shown.getRows().stream(), Stream.ofNullable(shown.getTotal()))
                .forEach(row -> rows.add(cells(shown, row, fewer)));
        table.show(headers, rows);
        note.setText(shown.getNote() == null ? "" : shown.getNote());
        caveat.setVisible(RETENTION.equals(shown.getFamily()));
        showChart(shown, fewer);
    }

    private static List<Object> cells(LeaderTable shown, LeaderTableRow row, String fewer) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.getLabel());
        for (LeaderTableColumn column : shown.getColumns()) {
            cells.add(row.getSuppressed() ? suppressed(fewer)
                    : format(column).format(row.getValues().get(column.getKey())));
        }
        return cells;
    }

    private static Span suppressed(String fewer) {
        Span badge = Badge.of(fewer, Badge.Tone.CONTRAST);
        badge.addClassNames("suppressed", DataTable.FIGURE_CLASS);
        badge.getElement().setAttribute("title", "Hidden so that no one in a small group can be singled out");
        return badge;
    }

    private void showChart(LeaderTable shown, String fewer) {
        LeaderTableColumn main = mainColumn(shown);
        chartTitle.setText(main == null ? "" : main.getLabel() + " by group");
        if (main == null) {
            chart.show(new BarChart.Bars(List.of(), List.of(), Set.of()));
            return;
        }
        boolean percent = format(main) == ValueFormat.PERCENT;
        chart.setPercentages(percent);
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Set<Integer> marked = new HashSet<>();
        for (LeaderTableRow row : shown.getRows()) {
            if (row.getSuppressed()) {
                marked.add(categories.size());
                categories.add(row.getLabel() + " (" + fewer + ")");
                values.add(null);
            } else {
                categories.add(row.getLabel());
                Double value = row.getValues().get(main.getKey());
                // Unrounded, so the bar's label rounds once, exactly as the table's figure does.
                values.add(value == null ? null : percent ? value * 100 : value);
            }
        }
        chart.show(new BarChart.Bars(categories, List.of(new BarChart.Series(main.getLabel(), Palette.BLUE, null,
                values, percent ? 0 : 1)), marked));
    }

    /** The column the chart draws: the first rate, else the first column. */
    private static LeaderTableColumn mainColumn(LeaderTable shown) {
        List<LeaderTableColumn> columns = shown.getColumns();
        return columns.stream().filter(column -> format(column) == ValueFormat.PERCENT).findFirst()
                .orElse(columns.isEmpty() ? null : columns.get(0));
    }

    /** How the column's values read, in the charts' own formats. */
    private static ValueFormat format(LeaderTableColumn column) {
        return switch (column.getFormat()) {
            case COUNT -> ValueFormat.COUNT;
            case PERCENT -> ValueFormat.PERCENT;
            case DECIMAL -> ValueFormat.DECIMAL;
        };
    }
}
