package com.mentorplatform.ui.imports;

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
    final Span progressText = new Span();
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
        progressText.addClassName("hint");
    }

    private void configureProblems() {
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(ImportProblem::line).setKey("line").setHeader("Line").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        problems.addColumn(ImportProblem::column).setKey("column").setHeader("Column").setWidth("10rem")
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setKey("message").setHeader("Problem").setFlexGrow(1)
                .setTooltipGenerator(ImportProblem::message);
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
        ImportSummary summary = report.summary();
        setVisible(true);
        String file = summary.fileName() == null ? "the file" : summary.fileName();
        heading.setText((summary.dryRun() ? "Dry run of " : "Import of ") + file);
        status.removeAll();
        counts.setText(ImportStatus.counts(summary));
        status.add(ImportStatus.badge(summary), counts);
        showProgress(summary);
        showProblems(report);
    }

    private void showProgress(ImportSummary summary) {
        boolean running = summary.isRunning();
        progress.setVisible(running);
        progress.setValue(summary.progress());
        progressText.setVisible(running);
        String phase = summary.phase() == null ? "" : " (" + summary.phase().toLowerCase(Locale.ROOT) + ")";
        progressText.setText(summary.processedRows() + " of " + summary.totalRows() + " rows processed" + phase);
    }

    private void showProblems(ImportReport report) {
        ImportSummary summary = report.summary();
        boolean any = summary.problemCount() > 0;
        problems.setVisible(any);
        problemsTitle.getParent().ifPresent(header -> header.setVisible(any));
        problems.setItems(report.problems());
        // A few problems fit without a scrollbar; many get a scrolling table of a fixed height.
        problems.setAllRowsVisible(report.problems().size() <= ROWS_WITHOUT_SCROLLING);
        problems.setHeight(report.problems().size() <= ROWS_WITHOUT_SCROLLING ? null : "20rem");
        problemsTitle.setText(report.problems().size() < summary.problemCount()
                ? "The first " + report.problems().size() + " of " + summary.problemCount() + " problems"
                : "Problems");
        if (any) {
            String id = summary.id();
            downloadProblems.setHref(DownloadHandler.fromInputStream(download -> {
                byte[] csv = imports.problemsCsv(id);
                return new DownloadResponse(new ByteArrayInputStream(csv), "import-" + id + "-problems.csv",
                        "text/csv", csv.length);
            }), AttachmentType.DOWNLOAD);
        }
    }
}
