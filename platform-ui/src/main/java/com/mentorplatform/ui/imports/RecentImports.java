package com.mentorplatform.ui.imports;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.ToIntFunction;

/** The tenant's latest imports, dry runs included, newest first; a click opens one's report. */
final class RecentImports extends Grid<ImportSummary> {

    static final int SHOWN = 20;

    private final ImportsClient imports;

    RecentImports(ImportsClient imports) {
        super(ImportSummary.class, false);
        this.imports = imports;
        setId("recent-imports");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(summary -> ImportStatus.when(summary.startedAt())).setHeader("Started").setWidth("9.5rem")
                .setFlexGrow(0);
        addColumn(summary -> summary.fileName() == null ? "(unnamed)" : summary.fileName()).setKey("file")
                .setHeader("File").setWidth("10rem").setFlexGrow(1).setTooltipGenerator(ImportSummary::fileName);
        addColumn(summary -> summary.dryRun() ? "Dry run" : "Import").setHeader("Kind").setWidth("6rem")
                .setFlexGrow(0);
        addColumn(ImportSummary::asOf).setHeader("As of").setWidth("7rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(ImportStatus::badge)).setKey("status").setHeader("Status")
                .setWidth("8.5rem").setFlexGrow(0);
        number("Rows", ImportSummary::totalRows);
        number("Created", ImportSummary::created);
        number("Updated", ImportSummary::updated);
        number("Same", ImportSummary::unchanged);
        number("Problems", ImportSummary::problemCount);
        setEmptyStateText("No imports yet.");
        refresh();
    }

    private void number(String header, ToIntFunction<ImportSummary> value) {
        addColumn(value::applyAsInt).setHeader(header).setWidth("5.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    void refresh() {
        setItems(imports.recent(SHOWN));
    }
}
