package com.mentorplatform.ui.evidence;

import com.mentorplatform.client.model.EvidenceKind;
import com.mentorplatform.client.model.EvidenceResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Texts;
import com.mentorplatform.ui.shell.CloseEvent;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.mentorplatform.ui.workspace.LinkPickers;
import com.mentorplatform.ui.workspace.Named;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adds or edits one piece of evidence: its kind, title and impact, a web address or a file (up to 10 MB, held
 * until saved), and its links. It raises {@link SaveEvent} and shows the API's violations, the file's included.
 */
class EvidenceForm extends FormLayout {

    /** The API's limit on an evidence file. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final String ACCEPTED = "PDF, PNG, JPEG, GIF, WebP, text (.txt, .csv, .md), Word, Excel or PowerPoint";

    final Select<EvidenceKind> kind = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea impact = new TextArea("What impact does it show?");
    final TextField url = new TextField("Web address");
    final Upload upload = new Upload(UploadHandler.inMemory(this::picked));
    final Span currentFile = Hint.of("");
    final UploadError fileError = new UploadError();
    final LinkPickers links;
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    private final Div fileSection = new Div();
    private final FormProblems problems;
    private EvidenceResponse original;
    private EvidenceDraft.PickedFile file;

    EvidenceForm(List<Named> competencies, List<Named> milestones) {
        setId("evidence-form");
        links = new LinkPickers(competencies, milestones);
        Map<String, HasValidation> fields = new HashMap<>(links.byField());
        fields.putAll(Map.of("kind", kind, "title", title, "impact", impact, "url", url, "file", fileError));
        problems = new FormProblems(fields);
        configureFields();
        configureUpload();
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
        add(problems.box(), 2);
        add(kind, title);
        add(impact, 2);
        add(url, 2);
        add(fileSection, 2);
        add(links.competencies, links.milestones);
        add(buttons(), 2);
    }

    private void configureFields() {
        kind.setId("evidence-kind");
        kind.setLabel("Kind");
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(EvidenceLabels::kind);
        kind.addValueChangeListener(change -> showKind());
        title.setId("evidence-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        impact.setId("evidence-impact");
        impact.setMaxLength(4000);
        impact.setMinHeight("6rem");
        impact.setHelperText("What changed because of it, in numbers where you can");
        impact.setRequiredIndicatorVisible(true);
        url.setId("evidence-url");
        url.setPlaceholder("https://");
        links.competencies.setId("evidence-competencies");
        links.milestones.setId("evidence-milestones");
    }

    private void configureUpload() {
        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".txt", ".csv", ".md",
                ".docx", ".xlsx", ".pptx");
        upload.setDropLabel(new Span("Drop a file here: " + ACCEPTED + ", up to 10 MB"));
        upload.addFileRejectedListener(rejected -> fileError.show(rejected.getErrorMessage().toLowerCase(Locale.ROOT).contains("big")
                ? "is larger than 10 MB; evidence files may be up to 10 MB" : "is not a type accepted here: " + ACCEPTED));
        upload.addFileRemovedListener(removed -> {
            file = null;
            showKind();
        });
        currentFile.setId("evidence-current-file");
        Span label = new Span("File");
        label.addClassName("field-caption");
        fileSection.add(label, upload, currentFile, fileError);
        fileSection.addClassName("file-section");
    }

    private HorizontalLayout buttons() {
        save.setId("evidence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(click -> requestSave());
        cancel.addClickListener(click -> fireEvent(new CloseEvent(this)));
        return new HorizontalLayout(save, cancel);
    }

    /** Shows {@code evidence} for editing, or new evidence of {@code newKind} when it is null. */
    void edit(EvidenceResponse evidence, EvidenceKind newKind) {
        original = evidence;
        file = null;
        upload.clearFileList();
        problems.clear();
        kind.setValue(evidence == null ? newKind : evidence.getKind());
        title.setValue(evidence == null ? "" : evidence.getTitle());
        impact.setValue(evidence == null ? "" : evidence.getImpact());
        url.setValue(evidence == null || evidence.getUrl() == null ? "" : evidence.getUrl());
        links.select(evidence == null ? List.of() : evidence.getCompetencies(),
                evidence == null ? List.of() : evidence.getMilestoneIds());
        showKind();
    }

    /** After a save that created evidence but whose file was refused: later saves change that evidence. */
    void editing(EvidenceResponse saved) {
        original = saved;
    }

    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    private void picked(UploadMetadata metadata, byte[] content) {
        String type = metadata.contentType() == null || metadata.contentType().isBlank()
                ? "application/octet-stream" : metadata.contentType();
        file = new EvidenceDraft.PickedFile(metadata.fileName(), type, content);
        fileError.setInvalid(false);
        currentFile.setText("Chosen: " + metadata.fileName() + ". It is checked and attached when you save.");
        currentFile.setVisible(true);
    }

    private void showKind() {
        EvidenceKind chosen = kind.getValue();
        url.setVisible(chosen != EvidenceKind.FILE);
        url.setRequiredIndicatorVisible(needsUrl(chosen));
        url.setHelperText(needsUrl(chosen) ? null : "Optional");
        fileSection.setVisible(takesFile(chosen));
        boolean hasFile = original != null && original.getFile() != null;
        currentFile.setText(hasFile ? "Now: " + original.getFile().getName() + ". A new file replaces it." : "");
        currentFile.setVisible(hasFile);
    }

    /** A link or a dashboard is a web address and needs one. */
    private static boolean needsUrl(EvidenceKind kind) {
        return kind == EvidenceKind.LINK || kind == EvidenceKind.DASHBOARD;
    }

    /** Anything but an address may carry a file; a FILE is one. */
    private static boolean takesFile(EvidenceKind kind) {
        return kind != null && !needsUrl(kind);
    }

    /** A FILE needs its file before anything is saved; everything else is the API's to judge. */
    private void requestSave() {
        boolean fileMissing = kind.getValue() == EvidenceKind.FILE && file == null
                && (original == null || original.getFile() == null);
        if (fileMissing) {
            fileError.show("is missing: choose the file to upload");
            return;
        }
        EvidenceKind chosen = kind.getValue();
        String address = chosen == EvidenceKind.FILE ? null : Texts.blankToNull(url.getValue());
        EvidenceChange change = new EvidenceChange(chosen, title.getValue().strip(), impact.getValue().strip(), address,
                links.competencyIds(), links.milestoneIds());
        fireEvent(new SaveEvent<>(this, original, new EvidenceDraft(change, takesFile(chosen) ? file : null)));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<EvidenceResponse, EvidenceDraft>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
