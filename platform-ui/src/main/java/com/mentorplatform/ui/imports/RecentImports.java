package com.mentorplatform.ui.imports;

import com.mentorplatform.client.model.ImportSummary;
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
        addColumn(summary -> ImportLabels.when(summary.getStartedAt())).setHeader("Started").setWidth("9.5rem")
                .setFlexGrow(0);
        addColumn(summary -> summary.getFileName() == null ? "(unnamed)" : summary.getFileName()).setKey("file")
                .setHeader("File").setWidth("10rem").setFlexGrow(1).setTooltipGenerator(ImportSummary::getFileName);
        addColumn(summary -> summary.getDryRun() ? "Dry run" : "Import").setHeader("Kind").setWidth("6rem")
                .setFlexGrow(0);
        addColumn(ImportSummary::getAsOf).setHeader("As of").setWidth("7rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(ImportLabels::badge)).setKey("status").setHeader("Status")
                .setWidth("8.5rem").setFlexGrow(0);
        number("Rows", ImportSummary::getTotalRows);
        number("Created", ImportSummary::getCreated);
        number("Updated", ImportSummary::getUpdated);
        number("Same", ImportSummary::getUnchanged);
        number("Problems", ImportSummary::getProblemCount);
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
