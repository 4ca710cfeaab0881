package com.mentorplatform.ui.journal;

import com.mentorplatform.client.model.JournalEntryResponse;
import com.mentorplatform.client.model.JournalPage;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.SearchField;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;

/**
 * A mentee's growth journal: their entries newest first (or, while searching, the best matches with the words
 * highlighted), each marked private or shared with the mentor, with a form to write or edit one.
 */
@Route(value = "me/journal", layout = MainLayout.class)
@PageTitle("Journal | Mentoring Platform")
@RequiresRole(Role.MENTEE)
public class JournalView extends VerticalLayout {

    final TextField search = new SearchField("Search your journal", "Search your journal");
    final Button newEntry = new Button("New entry", VaadinIcon.PLUS.create());
    final VerticalLayout entries = new VerticalLayout();
    final Button more = new Button("Show more");
    final JournalEntryForm form;
    final Dialog editor;
    private final JournalClient journal = new JournalClient(ConsoleSession.current().api());
    private final Map<String, String> milestoneTitles;
    private String next;

    public JournalView() {
        setId("journal-view");
        setMaxWidth("56rem");
        LinkOptions options = new LinkOptions(ConsoleSession.current().api());
        List<Named> milestones = options.milestones(null);
        milestoneTitles = Named.namesById(milestones);
        form = new JournalEntryForm(options.competencies(), milestones);
        editor = new EditorDialog(form, "44rem");
        form.addSaveListener(this::save);
        configureToolbar();
        entries.setId("journal-entries");
        entries.setPadding(false);
        more.setId("journal-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showMore());
        add(toolbar(), privacyNote(), entries, more);
        refresh();
    }

    private void configureToolbar() {
        search.setId("journal-search");
        search.setHelperText("Words, \"an exact phrase\", or -word to leave out");
        search.setWidth("24rem");
        search.addValueChangeListener(change -> refresh());
        newEntry.setId("journal-new");
        newEntry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newEntry.addClickListener(click -> openEditor(null));
    }

    private HorizontalLayout toolbar() {
        Div spacer = new Div();
        HorizontalLayout toolbar = new HorizontalLayout(search, spacer, newEntry);
        toolbar.setFlexGrow(1, spacer);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private static Paragraph privacyNote() {
        Paragraph note = Hint.note("Your entries are private: only you can read them. Share an entry to let your "
                + "mentor read it too. HR and leaders never see your journal.");
        note.setId("journal-privacy-note");
        return note;
    }

    /** Shows the first page of entries, or of search results while the search box holds words. */
    void refresh() {
        entries.removeAll();
        JournalPage page = journal.mine(search.getValue(), null);
        if (page.getItems().isEmpty()) {
            entries.add(emptyState());
        }
        append(page);
    }

    private void showMore() {
        append(journal.mine(search.getValue(), next));
    }

    private void append(JournalPage page) {
        page.getItems().forEach(entry -> entries.add(card(entry)));
        next = page.getNext();
        more.setVisible(JournalClient.hasNext(page));
    }

    private Paragraph emptyState() {
        Paragraph empty = new Paragraph(search.getValue().isBlank()
                ? "No entries yet. Write down what you did this week, what it changed and what you learned."
                : "No entries match \u201c" + search.getValue().strip() + "\u201d.");
        empty.setId("journal-empty");
        return empty;
    }

    private JournalEntryCard card(JournalEntryResponse entry) {
        return new JournalEntryCard(entry, milestoneTitles, true, actions(entry));
    }

    private Component actions(JournalEntryResponse entry) {
        Button share = new Button(entry.getShared() ? "Make private" : "Share with my mentor",
                (entry.getShared() ? VaadinIcon.LOCK : VaadinIcon.EYE).create(), click -> share(entry));
        share.addClassName("journal-share");
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> openEditor(entry));
        edit.setAriaLabel("Edit " + entry.getTitle());
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(entry));
        delete.setAriaLabel("Delete " + entry.getTitle());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(share, edit, delete);
        actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_TERTIARY,
                ButtonVariant.LUMO_SMALL));
        actions.setSpacing(false);
        return actions;
    }

    private void share(JournalEntryResponse entry) {
        JournalEntryResponse changed = journal.share(entry.getId(), !entry.getShared());
        replace(entry, changed);
        Toast.done(changed.getShared() ? "Your mentor can now read \u201c" + changed.getTitle() + "\u201d"
                : "\u201c" + changed.getTitle() + "\u201d is private again");
    }

    private void openEditor(JournalEntryResponse entry) {
        form.edit(entry);
        editor.setHeaderTitle(entry == null ? "New journal entry" : "Edit entry");
        editor.open();
    }

    private void save(SaveEvent<JournalEntryResponse, JournalEntryChange> event) {
        try {
            if (event.original() == null) {
                journal.create(event.change());
                editor.close();
                refresh();
            } else {
                replace(event.original(), journal.update(event.original().getId(), event.change()));
                editor.close();
            }
            Toast.done("Entry saved");
        } catch (ApiProblem problem) {
            form.showProblem(problem);
        }
    }

    /** Puts the changed entry in place of its card, so the pages already shown stay as they are. */
    private void replace(JournalEntryResponse original, JournalEntryResponse changed) {
        entries.getChildren().filter(JournalEntryCard.class::isInstance).map(JournalEntryCard.class::cast)
                .filter(card -> card.entry().getId().equals(original.getId())).findFirst()
                .ifPresent(card -> entries.replace(card, card(changed)));
    }

    private void confirmDelete(JournalEntryResponse entry) {
        DestructiveConfirmation.open("Delete \u201c" + entry.getTitle() + "\u201d?",
                "The entry is gone for good, for you and, if shared, for your mentor.", "Delete", () -> {
                    journal.delete(entry.getId());
                    refresh();
                    Toast.done("Entry deleted");
                });
    }
}
