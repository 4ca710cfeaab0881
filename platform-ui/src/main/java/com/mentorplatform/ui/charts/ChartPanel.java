package com.mentorplatform.ui.charts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Supplier;

/**
 * A titled chart with what always goes with it: a "Download CSV" of exactly the table it draws, and that table
 * itself behind a disclosure, for screen readers and for anyone who would rather read the numbers.
 */
public class ChartPanel extends Div {

    private final Paragraph note = new Paragraph();
    private final DataTable table;
    private final Anchor download;
    private final Details tableDetails;

    /**
     * A panel around {@code chart} (any component: a chart, a list of cards); {@code csv} fetches the table's
     * CSV when the link is clicked.
     */
    public ChartPanel(String id, String title, Component chart, Supplier<byte[]> csv, Supplier<String> fileName) {
        this(id, title, chart, csv, fileName, false);
    }

    /** A panel whose content is the table itself (no chart): a table of figures with its CSV. */
    public static ChartPanel ofTable(String id, String title, Supplier<byte[]> csv, Supplier<String> fileName) {
        return new ChartPanel(id, title, null, csv, fileName, true);
    }

    private ChartPanel(String id, String title, Component chart, Supplier<byte[]> csv, Supplier<String> fileName,
                       boolean tableOnly) {
        setId(id);
        addClassName("chart-panel");
        H3 heading = new H3(title);
        heading.addClassName("chart-title");
        note.addClassNames("hint", "flush");
        note.setVisible(false);
        table = new DataTable(title);
        download = CsvDownload.link(id + "-csv", "Download CSV", csv, fileName, CsvDownload.CSV);
        Div actions = new Div(download);
        actions.addClassName("chart-actions");
        if (tableOnly) {
            tableDetails = null;
            table.addClassName("data-table-shown");
            add(heading, note, table, actions);
        } else {
            tableDetails = new Details("Show the data as a table", table);
            tableDetails.addClassName("chart-table");
            add(heading, note, chart, actions, tableDetails);
        }
    }

    /** A line under the title: what the chart leaves out, or how to read it. */
    public void setNote(String text) {
        note.setText(text == null ? "" : text);
        note.setVisible(text != null && !text.isEmpty());
    }

    /** The table drawn, cell by cell (each a String or a Component). */
    public void showTable(List<String> headers, List<List<Object>> rows) {
        table.show(headers, rows);
    }

    public DataTable table() {
        return table;
    }

    public Anchor download() {
        return download;
    }

    public String noteText() {
        return note.getText();
    }
}
