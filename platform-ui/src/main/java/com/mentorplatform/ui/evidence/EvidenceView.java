package com.mentorplatform.ui.evidence;

import com.mentorplatform.client.model.EvidenceKind;
import com.mentorplatform.client.model.EvidenceResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.DestructiveConfirmation;
import com.mentorplatform.ui.shell.EditorDialog;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.SaveEvent;
import com.mentorplatform.ui.workspace.LinkOptions;
import com.mentorplatform.ui.workspace.Named;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;

/**
 * A mentee's evidence as cards: links, dashboards, case studies, documented outcomes and files, each with the
 * impact it shows. The mentee adds, edits and deletes it; their mentor and HR read it.
 */
@Route(value = "me/evidence", layout = MainLayout.class)
@PageTitle("Evidence | Mentoring Platform")
@RequiresRole(Role.MENTEE)
public class EvidenceView extends VerticalLayout {

    final Button addLink = new Button("Add a link or document", VaadinIcon.LINK.create());
    final Button addFile = new Button("Upload a file", VaadinIcon.UPLOAD.create());
    final Div cards = new Div();
    final EvidenceForm form;
    final Dialog editor;
    private final EvidenceClient evidence = new EvidenceClient(ConsoleSession.current().api());
    private final Map<String, String> milestoneTitles;

    public EvidenceView() {
        setId("evidence-view");
        setMaxWidth("72rem");
        LinkOptions options = new LinkOptions(ConsoleSession.current().api());
        List<Named> milestones = options.milestones(null);
        milestoneTitles = Named.namesById(milestones);
        form = new EvidenceForm(options.competencies(), milestones);
        editor = new EditorDialog(form, "44rem");
        form.addSaveListener(this::save);
        cards.setId("evidence-cards");
        cards.setWidthFull();
        add(toolbar(), audienceNote(), cards);
        refresh();
    }

    private HorizontalLayout toolbar() {
        addLink.setId("evidence-add-link");
        addLink.addClickListener(click -> openEditor(null, EvidenceKind.LINK));
        addFile.setId("evidence-add-file");
        addFile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addFile.addClickListener(click -> openEditor(null, EvidenceKind.FILE));
        HorizontalLayout toolbar = new HorizontalLayout(addLink, addFile);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        toolbar.setWidthFull();
        return toolbar;
    }

    private static Paragraph audienceNote() {
        Paragraph note = Hint.note("Evidence shows what you achieved and the impact it had. Your mentor and your "
                + "programme managers in HR can read it: it is what decisions such as promotions rest on. Files may be "
                + "up to 10 MB.");
        note.setId("evidence-audience-note");
        return note;
    }

    void refresh() {
        cards.removeAll();
        List<EvidenceResponse> items = evidence.of(null);
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph("No evidence yet. Add a dashboard, a case study, a documented outcome, a "
                    + "link or a file that shows what you achieved.");
            empty.setId("evidence-empty");
            cards.add(empty);
            return;
        }
        cards.add(EvidenceCard.grid(items, item -> new EvidenceCard(item, evidence, milestoneTitles, actions(item))));
    }

    private Component actions(EvidenceResponse item) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(item, item.getKind()));
        edit.setAriaLabel("Edit " + item.getTitle());
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(item));
        delete.setAriaLabel("Delete " + item.getTitle());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        actions.setSpacing(false);
        return actions;
    }

    private void openEditor(EvidenceResponse item, EvidenceKind kind) {
        form.edit(item, kind);
        editor.setHeaderTitle(item == null ? (kind == EvidenceKind.FILE ? "Upload a file" : "Add evidence")
                : "Edit evidence");
        editor.open();
    }

    /**
     * Saves the evidence, then its file. A refused file leaves the form open with the reason on it; evidence
     * created by this same save is removed again, so nothing half-made is left behind.
     */
    private void save(SaveEvent<EvidenceResponse, EvidenceDraft> event) {
        boolean creating = event.original() == null;
        EvidenceResponse saved;
        try {
            saved = creating ? evidence.create(event.change().change())
                    : evidence.update(event.original().getId(), event.change().change());
        } catch (ApiProblem problem) {
            form.showProblem(problem);
            return;
        }
        EvidenceDraft.PickedFile file = event.change().file();
        if (file != null) {
            try {
                evidence.attach(saved.getId(), file.content(), file.contentType(), file.name());
            } catch (ApiProblem problem) {
                undo(creating, saved);
                form.showProblem(problem);
                return;
            }
        }
        editor.close();
        refresh();
        Toast.done(saved.getTitle() + " saved");
    }

    private void undo(boolean created, EvidenceResponse saved) {
        if (created) {
            evidence.delete(saved.getId());
        } else {
            form.editing(saved);
            refresh();
        }
    }

    private void confirmDelete(EvidenceResponse item) {
        DestructiveConfirmation.open("Delete \u201c" + item.getTitle() + "\u201d?",
                "It is gone for good, file included, for you, your mentor and HR.", "Delete", () -> {
                    evidence.delete(item.getId());
                    refresh();
                });
    }
}
