package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.CalendarEventResponse;
import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds or edits a milestone: the competencies it develops, what it needs and brings, the criteria to call it
 * reached, a due date (which an organisational event can set), and alternative routes when blocked.
 */
class MilestoneDialog extends FormDialog<MilestoneResponse, MilestoneChange> {

    final TextField title = new TextField("Title");
    final MultiSelectComboBox<CompetencyResponse> competencies = new MultiSelectComboBox<>("Competencies it develops");
    final TextArea criteria = textArea("Reached when", 2000, "The threshold to call it reached and move on");
    final DatePicker dueOn = datePicker("Due on");
    final ComboBox<CalendarEventResponse> alignTo = new ComboBox<>("Align with");
    final TextArea minimumExperience = textArea("Minimum experience it needs", 2000, null);
    final TextArea expectedOutcomes = textArea("Expected outcomes", 2000, null);
    final TextArea alternativeRoutes = textArea("Alternative routes", 2000, "What you will try when this route is blocked");

    MilestoneDialog(MilestoneResponse milestone, Lookups lookups) {
        super(milestone == null ? "New milestone" : "Edit milestone", milestone == null ? "Add milestone" : "Save",
                milestone);
        setId("milestone-dialog");
        setWidth("44rem");
        save.setId("milestone-save");
        configureFields(lookups);
        addFields(Map.of("title", title, "competencyIds", competencies, "criteria", criteria, "dueOn", dueOn,
                        "calendarEventId", alignTo, "minimumExperience", minimumExperience,
                        "expectedOutcomes", expectedOutcomes, "alternativeRoutes", alternativeRoutes),
                title, competencies, criteria, dueOn, alignTo, expectedOutcomes, minimumExperience, alternativeRoutes);
        form.setColspan(title, 2);
        form.setColspan(competencies, 2);
        if (milestone != null) {
            show(MilestoneChange.of(milestone));
        }
    }

    private void configureFields(Lookups lookups) {
        title.setId("milestone-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        competencies.setId("milestone-competencies");
        competencies.setItems(lookups.competencies());
        competencies.setItemLabelGenerator(CompetencyResponse::getName);
        competencies.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        criteria.setId("milestone-criteria");
        criteria.setRequiredIndicatorVisible(true);
        dueOn.setId("milestone-due");
        dueOn.setRequiredIndicatorVisible(true);
        alignTo.setId("milestone-align");
        alignTo.setItems(lookups.calendar());
        alignTo.setItemLabelGenerator(event -> event.getName() + " · " + Dates.day(event.getStartsOn()));
        alignTo.setClearButtonVisible(true);
        alignTo.setPlaceholder("An organisational event");
        alignTo.setHelperText("A promotion round or review period; its first day becomes the due date");
        alignTo.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                dueOn.setValue(change.getValue().getStartsOn());
            }
        });
    }

    /** Starts a new milestone developing these competencies, e.g. a gap proposed as a candidate. */
    void preselect(Set<String> competencyIds) {
        competencies.setValue(picked(competencyIds));
    }

    private void show(MilestoneChange shown) {
        title.setValue(shown.title());
        competencies.setValue(picked(Set.copyOf(shown.competencyIds())));
        criteria.setValue(Texts.orEmpty(shown.criteria()));
        dueOn.setValue(shown.dueOn());
        alignTo.setValue(alignTo.getListDataView().getItems()
                .filter(event -> event.getId().toString().equals(shown.calendarEventId())).findFirst().orElse(null));
        minimumExperience.setValue(Texts.orEmpty(shown.minimumExperience()));
        expectedOutcomes.setValue(Texts.orEmpty(shown.expectedOutcomes()));
        alternativeRoutes.setValue(Texts.orEmpty(shown.alternativeRoutes()));
    }

    private Set<CompetencyResponse> picked(Set<String> ids) {
        Set<CompetencyResponse> picked = new LinkedHashSet<>();
        competencies.getListDataView().getItems().filter(competency -> ids.contains(competency.getId().toString()))
                .forEach(picked::add);
        return picked;
    }

    @Override
    MilestoneChange change() {
        List<String> ids = competencies.getValue().stream().map(competency -> competency.getId().toString()).toList();
        return new MilestoneChange(Texts.blankToNull(title.getValue()), ids,
                Texts.blankToNull(minimumExperience.getValue()), Texts.blankToNull(expectedOutcomes.getValue()),
                Texts.blankToNull(criteria.getValue()), dueOn.getValue(),
                alignTo.isEmpty() ? null : alignTo.getValue().getId().toString(),
                Texts.blankToNull(alternativeRoutes.getValue()));
    }
}
