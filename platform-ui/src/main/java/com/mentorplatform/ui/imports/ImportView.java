package com.mentorplatform.ui.imports;

import com.mentorplatform.client.model.ImportReport;
import com.mentorplatform.client.model.ImportStatus;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Poller;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Imports the HR system's CSV export. Every uploaded file is first checked in a dry run whose problems are
 * listed by line and column; only a clean file can be applied, and the real run is then followed (by polling)
 * until it is done.
 */
@Route(value = "people/import", layout = MainLayout.class)
@PageTitle("Import people | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class ImportView extends VerticalLayout {

    /** The API's limit on an import file. */
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    static final int POLL_INTERVAL_MS = 500;
    private static final String COLUMNS = "The header row names the columns: email, display_name, department, "
            + "location, job_title, level, manager_email, hired_on, left_on (and optionally language, time_zone). "
            + "People are matched by email; nobody is removed.";

    final Upload upload = new Upload(UploadHandler.inMemory(this::received));
    final DatePicker asOf = new DatePicker("As of");
    final Button apply = new Button("Apply import", VaadinIcon.CHECK.create());
    final ImportResult result;
    final RecentImports recent;
    private final ImportsClient imports;
    private ImportFile file;
    private UUID followed;
    private final Poller poller = new Poller(this, POLL_INTERVAL_MS, () -> followImport(followed));

    public ImportView() {
        imports = new ImportsClient(ConsoleSession.current().api());
        result = new ImportResult(imports);
        recent = new RecentImports(imports);
        setSizeFull();
        configureUpload();
        configureRecent();
        add(new Paragraph(COLUMNS), uploadBar(), result, recentSection());
    }

    private void configureUpload() {
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setDropLabel(new Span("Drop the HR export (.csv) here"));
        upload.addFileRejectedListener(rejected -> Toast.failed(rejected.getErrorMessage()));
        asOf.setId("import-as-of");
        asOf.setValue(LocalDate.now());
        asOf.setHelperText("Date the changes take effect");
        asOf.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        apply.setId("apply-import");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> applyImport());
    }

    private HorizontalLayout uploadBar() {
        HorizontalLayout bar = new HorizontalLayout(upload, asOf, apply);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        upload.setWidth("28rem");
        return bar;
    }

    private void configureRecent() {
        recent.setWidthFull();
        recent.setHeight("16rem");
        recent.addItemClickListener(click -> showReport(imports.report(click.getItem().getId())));
    }

    private VerticalLayout recentSection() {
        H3 title = new H3("Recent imports");
        title.addClassName("flush");
        Anchor people = new Anchor("people", "Open the people directory");
        HorizontalLayout header = new HorizontalLayout(title, people);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(header, recent);
        section.setPadding(false);
        return section;
    }

    private void received(UploadMetadata metadata, byte[] content) {
        upload.clearFileList();
        file = new ImportFile(metadata.fileName(), content);
        try {
            showReport(imports.dryRun(file, asOf.getValue()));
        } catch (ApiProblem problem) {
            Toast.failed(problem.userMessage());
        }
        recent.refresh();
    }

    private void applyImport() {
        apply.setEnabled(false);
        try {
            ImportReport report = imports.apply(file, asOf.getValue());
            showReport(report);
            if (ImportLabels.isRunning(report.getSummary())) {
                followed = report.getSummary().getId();
                poller.start();
            }
        } catch (ApiProblem problem) {
            Toast.failed(problem.userMessage());
        }
        recent.refresh();
    }

    private void showReport(ImportReport report) {
        result.show(report);
        apply.setEnabled(file != null && ImportLabels.isCleanDryRun(report.getSummary()));
    }

    private void followImport(UUID importId) {
        ImportReport report = imports.report(importId);
        result.show(report);
        if (!ImportLabels.isRunning(report.getSummary())) {
            poller.stop();
            file = null;
            recent.refresh();
            boolean done = report.getSummary().getStatus() == ImportStatus.DONE;
            String summary = ImportLabels.label(report.getSummary()) + ": " + ImportLabels.counts(report.getSummary());
            if (done) {
                Toast.done(summary);
            } else {
                Toast.failed(summary);
            }
        }
    }
}
