package com.mentorplatform.ui.journal;

import com.mentorplatform.client.model.JournalEntryResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.shell.CloseEvent;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.mentorplatform.ui.workspace.LinkPickers;
import com.mentorplatform.ui.workspace.Named;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes or edits one entry: date, title, what happened and what was learned, links to competencies and
 * milestones, and whether the mentor may read it. It raises {@link SaveEvent} and shows the API's violations.
 */
class JournalEntryForm extends FormLayout {

    static final int MAX_BODY = 20_000;
    static final String PRIVATE_HELP = "Off: only you can read this entry. On: your mentor can read it too. "
            + "HR and leaders never see your journal.";

    final DatePicker entryOn = new DatePicker("Date");
    final TextField title = new TextField("Title");
    final TextArea body = new TextArea("What happened, and what did you learn?");
    final Checkbox shared = new Checkbox("Share with my mentor");
    final LinkPickers links;
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    private final FormProblems problems;
    private JournalEntryResponse original;

    JournalEntryForm(List<Named> competencies, List<Named> milestones) {
        setId("journal-entry-form");
        links = new LinkPickers(competencies, milestones);
        Map<String, HasValidation> fields = new HashMap<>(links.byField());
        fields.putAll(Map.of("entryOn", entryOn, "title", title, "body", body));
        problems = new FormProblems(fields);
        configureFields();
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
        add(problems.box(), 2);
        add(entryOn, title);
        add(body, 2);
        add(links.competencies, links.milestones);
        add(shared, 2);
        add(buttons(), 2);
    }

    private void configureFields() {
        entryOn.setId("journal-entry-date");
        entryOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        entryOn.setMax(LocalDate.now());
        entryOn.setRequiredIndicatorVisible(true);
        title.setId("journal-entry-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        body.setId("journal-entry-body");
        body.setMaxLength(MAX_BODY);
        body.setMinHeight("10rem");
        body.setRequiredIndicatorVisible(true);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> countCharacters());
        links.competencies.setId("journal-entry-competencies");
        links.milestones.setId("journal-entry-milestones");
        shared.setId("journal-entry-shared");
        shared.setHelperText(PRIVATE_HELP);
    }

    private HorizontalLayout buttons() {
        save.setId("journal-entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(click -> fireEvent(new SaveEvent<>(this, original, change())));
        cancel.addClickListener(click -> fireEvent(new CloseEvent(this)));
        return new HorizontalLayout(save, cancel);
    }

    /** Shows {@code entry} for editing, or a new private entry dated today when null. */
    void edit(JournalEntryResponse entry) {
        original = entry;
        problems.clear();
        entryOn.setValue(entry == null ? LocalDate.now() : entry.getEntryOn());
        title.setValue(entry == null ? "" : entry.getTitle());
        body.setValue(entry == null ? "" : entry.getBody());
        shared.setValue(entry != null && entry.getShared());
        links.select(entry == null ? List.of() : entry.getCompetencies(),
                entry == null ? List.of() : entry.getMilestoneIds());
        countCharacters();
    }

    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    private void countCharacters() {
        body.setHelperText(String.format("%,d of %,d characters", body.getValue().length(), MAX_BODY));
    }

    private JournalEntryChange change() {
        return new JournalEntryChange(entryOn.getValue(), title.getValue().strip(), body.getValue().strip(),
                shared.getValue(), links.competencyIds(), links.milestoneIds());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<JournalEntryResponse, JournalEntryChange>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
