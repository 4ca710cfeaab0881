package com.mentorplatform.ui.imports;

import com.mentorplatform.client.model.ImportProblem;
import com.mentorplatform.client.model.ImportReport;
import com.mentorplatform.client.model.ImportSummary;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.UUID;

/**
 * One import's outcome: its state, what it did or would do, its progress while it runs, and its problems by
 * line and column with a link to download them as CSV (fetched with the user's own token).
 */
final class ImportResult extends VerticalLayout {

    private static final int ROWS_WITHOUT_SCROLLING = 8;

    final H3 heading = new H3();
    final HorizontalLayout status = new HorizontalLayout();
    final Span counts = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = Hint.of("");
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    final Anchor downloadProblems = new Anchor();
    private final Span problemsTitle = new Span();
    private final ImportsClient imports;

    ImportResult(ImportsClient imports) {
        this.imports = imports;
        setId("import-result");
        setPadding(false);
        configureStatus();
        configureProblems();
        add(heading, status, progress, progressText, problemsHeader(), problems);
        setVisible(false);
    }

    private void configureStatus() {
        heading.addClassName("flush");
        counts.setId("import-counts");
        status.setAlignItems(FlexComponent.Alignment.CENTER);
        progress.setId("import-progress");
        progressText.setId("import-progress-text");
    }

    private void configureProblems() {
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(ImportProblem::getLine).setKey("line").setHeader("Line").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        problems.addColumn(ImportProblem::getColumn).setKey("column").setHeader("Column").setWidth("10rem")
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::getMessage).setKey("message").setHeader("Problem").setFlexGrow(1)
                .setTooltipGenerator(ImportProblem::getMessage);
        downloadProblems.setId("download-problems");
        downloadProblems.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" Download problems (CSV)"));
    }

    private HorizontalLayout problemsHeader() {
        problemsTitle.addClassName("label");
        HorizontalLayout header = new HorizontalLayout(problemsTitle, downloadProblems);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        return header;
    }

    void show(ImportReport report) {
        ImportSummary summary = report.getSummary();
        setVisible(true);
        String file = summary.getFileName() == null ? "the file" : summary.getFileName();
        heading.setText((summary.getDryRun() ? "Dry run of " : "Import of ") + file);
        status.removeAll();
        counts.setText(ImportLabels.counts(summary));
        status.add(ImportLabels.badge(summary), counts);
        showProgress(summary);
        showProblems(report);
    }

    private void showProgress(ImportSummary summary) {
        boolean running = ImportLabels.isRunning(summary);
        progress.setVisible(running);
        progress.setValue(ImportLabels.progress(summary));
        progressText.setVisible(running);
        String phase = summary.getPhase() == null ? "" : " (" + summary.getPhase().toLowerCase(Locale.ROOT) + ")";
        progressText.setText(summary.getProcessedRows() + " of " + summary.getTotalRows() + " rows processed" + phase);
    }

    private void showProblems(ImportReport report) {
        ImportSummary summary = report.getSummary();
        boolean any = summary.getProblemCount() > 0;
        problems.setVisible(any);
        problemsTitle.getParent().ifPresent(header -> header.setVisible(any));
        problems.setItems(report.getProblems());
        // A few problems fit without a scrollbar; many get a scrolling table of a fixed height.
        problems.setAllRowsVisible(report.getProblems().size() <= ROWS_WITHOUT_SCROLLING);
        problems.setHeight(report.getProblems().size() <= ROWS_WITHOUT_SCROLLING ? null : "20rem");
        problemsTitle.setText(report.getProblems().size() < summary.getProblemCount()
                ? "The first " + report.getProblems().size() + " of " + summary.getProblemCount() + " problems"
                : "Problems");
        if (any) {
            UUID id = summary.getId();
            downloadProblems.setHref(DownloadHandler.fromInputStream(download -> {
                byte[] csv = imports.problemsCsv(id);
                return new DownloadResponse(new ByteArrayInputStream(csv), "import-" + id + "-problems.csv",
                        "text/csv", csv.length);
            }), AttachmentType.DOWNLOAD);
        }
    }
}
