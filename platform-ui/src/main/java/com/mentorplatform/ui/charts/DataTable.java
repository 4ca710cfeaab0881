package com.mentorplatform.ui.charts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A chart's data as a plain HTML table (caption, header cells with scope, one row per data point): what a
 * screen reader reads, and what anyone can check a chart against. A cell may be text or a component (a badge
 * marking a hidden figure, say).
 */
public class DataTable extends NativeTable {

    private static final Pattern FIGURE = Pattern.compile("[-+–−]?[0-9.,]+\\s?(%|pts)?.*|–");

    /** The class of a component that stands in a table for a figure (aligned as one). */
    public static final String FIGURE_CLASS = "figure";

    private final NativeTableCaption caption = new NativeTableCaption();
    private final List<List<Object>> rows = new ArrayList<>();

    public DataTable(String captionText) {
        addClassName("data-table");
        caption.setText(captionText);
    }

    /** Replaces the table's contents; each cell is a String or a Component. */
    public void show(List<String> headers, List<List<Object>> shownRows) {
        removeAll();
        rows.clear();
        shownRows.forEach(row -> rows.add(List.copyOf(row)));
        List<Boolean> numeric = numericColumns(headers.size(), rows);
        NativeTableRow head = new NativeTableRow();
        for (int i = 0; i < headers.size(); i++) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(headers.get(i));
            cell.getElement().setAttribute("scope", "col");
            if (numeric.get(i)) {
                cell.addClassName("num");
            }
            head.add(cell);
        }
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        rows.forEach(row -> body.add(row(row, numeric)));
        add(caption, header, body);
    }

    /** The rows shown, each cell's text (a component's text content). */
    public List<List<String>> texts() {
        return rows.stream().map(row -> row.stream().map(DataTable::text).toList()).toList();
    }

    /**
     * Which columns hold figures (right-aligned so their digits line up): those whose cells all read as a number,
     * a percentage or a dash, or are components of class "figure" (a "fewer than k" badge standing in for one).
     */
    private static List<Boolean> numericColumns(int columns, List<List<Object>> rows) {
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            int column = i;
            numeric.add(i > 0 && !rows.isEmpty() && rows.stream().allMatch(row -> column >= row.size()
                    || row.get(column) instanceof Component component
                            && component.getElement().getClassList().contains(FIGURE_CLASS)
                    || FIGURE.matcher(String.valueOf(row.get(column))).matches()));
        }
        return numeric;
    }

    private static NativeTableRow row(List<Object> cells, List<Boolean> numeric) {
        NativeTableRow row = new NativeTableRow();
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            Component content = cell instanceof Component component ? component : null;
            if (i == 0) {
                NativeTableHeaderCell first = content == null ? new NativeTableHeaderCell(String.valueOf(cell))
                        : new NativeTableHeaderCell(content);
                first.getElement().setAttribute("scope", "row");
                row.add(first);
            } else {
                NativeTableCell data = content == null ? new NativeTableCell(String.valueOf(cell))
                        : new NativeTableCell(content);
                if (i < numeric.size() && numeric.get(i)) {
                    data.addClassName("num");
                }
                row.add(data);
            }
        }
        return row;
    }

    private static String text(Object cell) {
        return cell instanceof Component component ? component.getElement().getTextRecursively() : String.valueOf(cell);
    }
}
