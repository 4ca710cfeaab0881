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

/**
 * A chart's data as a plain HTML table (caption, header cells with scope, one row per data point): what a
 * screen reader reads, and what anyone can check a chart against. A cell may be text or a component (a badge
 * marking a hidden figure, say).
 */
public class DataTable extends NativeTable {

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
        NativeTableRow head = new NativeTableRow();
        headers.forEach(text -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        });
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        rows.forEach(row -> body.add(row(row)));
        add(caption, header, body);
    }

    /** The rows shown, each cell's text (a component's text content). */
    public List<List<String>> texts() {
        return rows.stream().map(row -> row.stream().map(DataTable::text).toList()).toList();
    }

    private static NativeTableRow row(List<Object> cells) {
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
                row.add(content == null ? new NativeTableCell(String.valueOf(cell)) : new NativeTableCell(content));
            }
        }
        return row;
    }

    private static String text(Object cell) {
        return cell instanceof Component component ? component.getElement().getTextRecursively() : String.valueOf(cell);
    }
}
