package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.BulkPreview;
import com.mentorplatform.client.model.BulkResult;
import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.people.PeopleClient;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Enrols everyone matching a directory filter in one role. "Preview" shows who would be added and who is
 * skipped and why; "Enrol" applies exactly that preview and is refused if the selection changed since.
 */
class BulkEnrolDialog extends ActionDialog {

    final RadioButtonGroup<ParticipantRole> role = new RadioButtonGroup<>("Role");
    final MultiSelectComboBox<String> departments = new MultiSelectComboBox<>("Departments");
    final MultiSelectComboBox<String> locations = new MultiSelectComboBox<>("Locations");
    final IntegerField minLevel = new IntegerField("From level");
    final IntegerField maxLevel = new IntegerField("To level");
    final IntegerField capacity = new IntegerField("Mentees each mentor takes");
    final Button preview = new Button("Preview");
    final BulkPreviewPanel previewPanel = new BulkPreviewPanel();
    private final EnrolmentClient enrolments;
    private final String cohortId;
    private BulkPreview shown;

    BulkEnrolDialog(ApiClient api, EnrolmentClient enrolments, String cohortId, Runnable onDone) {
        super("Bulk enrol", "Enrol", onDone);
        this.enrolments = enrolments;
        this.cohortId = cohortId;
        setId("bulk-enrol-dialog");
        setWidth("46rem");
        confirm.setId("bulk-confirm");
        PeopleClient people = new PeopleClient(api);
        configureFields(people.departments(), people.locations());
        add(form(problemBox(Map.of("role", role, "departments", departments, "locations", locations,
                "minLevel", minLevel, "maxLevel", maxLevel, "mentorCapacity", capacity))), previewPanel);
        forgetPreview();
    }

    private void configureFields(List<String> knownDepartments, List<String> knownLocations) {
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(EnrolmentLabels::role);
        role.setValue(ParticipantRole.MENTEE);
        role.addValueChangeListener(change -> capacity.setVisible(change.getValue() == ParticipantRole.MENTOR));
        role.setId("bulk-role");
        minLevel.setId("bulk-min-level");
        maxLevel.setId("bulk-max-level");
        departments.setId("bulk-departments");
        departments.setItems(knownDepartments);
        locations.setId("bulk-locations");
        locations.setItems(knownLocations);
        Stream.of(departments, locations).forEach(choice -> choice.setPlaceholder("Any"));
        Stream.of(minLevel, maxLevel, capacity).forEach(number -> {
            number.setMin(1);
            number.setStepButtonsVisible(true);
        });
        capacity.setMax(5);
        capacity.setValue(2);
        capacity.setVisible(false);
        capacity.setHelperText("1 to 5");
        preview.setId("bulk-preview-button");
        preview.addClickListener(click -> showPreview());
        Stream.<HasValue<?, ?>>of(role, departments, locations, minLevel, maxLevel, capacity)
                .forEach(field -> field.addValueChangeListener(change -> forgetPreview()));
    }

    /** The filter in two columns, so the preview below it stays in view. */
    private FormLayout form(Div problemBox) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(problemBox, 2);
        // The capacity's slot stays while the field is hidden for mentees, so the fields below keep their places.
        Div capacitySlot = new Div(capacity);
        capacity.setWidthFull();
        form.add(role, capacitySlot, departments, locations, minLevel, maxLevel);
        form.add(preview, 2);
        return form;
    }

    private BulkFilter filter() {
        return new BulkFilter(role.getValue(), List.copyOf(departments.getSelectedItems()),
                List.copyOf(locations.getSelectedItems()), minLevel.getValue(), maxLevel.getValue(),
                role.getValue() == ParticipantRole.MENTOR ? capacity.getValue() : null, null);
    }

    private void showPreview() {
        try {
            problems().clear();
            shown = enrolments.preview(cohortId, filter());
            previewPanel.show(shown);
            confirm.setText("Enrol " + shown.getToAdd());
            confirm.setEnabled(shown.getToAdd() > 0 && Boolean.TRUE.equals(shown.getFitsCapacity()));
        } catch (ApiProblem problem) {
            forgetPreview();
            problems().show(problem);
        }
    }

    private void forgetPreview() {
        shown = null;
        previewPanel.clear();
        confirm.setText("Enrol");
        confirm.setEnabled(false);
    }

    @Override
    String apply() {
        BulkResult result = enrolments.enrolAll(cohortId, filter().expecting(shown.getToAdd()));
        return result.getAdded() + " " + EnrolmentLabels.role(result.getRole()).toLowerCase(Locale.ROOT) + "s enrolled";
    }
}
