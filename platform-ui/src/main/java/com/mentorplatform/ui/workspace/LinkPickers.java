package com.mentorplatform.ui.workspace;

import com.mentorplatform.client.model.CompetencyRef;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The two pickers of a form that links a record to competencies and milestones. They show names and hand
 * back ids; a mentee without milestones is told where milestones come from.
 */
public final class LinkPickers {

    public final MultiSelectComboBox<Named> competencies = new MultiSelectComboBox<>("Competencies");
    public final MultiSelectComboBox<Named> milestones = new MultiSelectComboBox<>("Milestones");

    public LinkPickers(List<Named> competencyOptions, List<Named> milestoneOptions) {
        competencies.setItems(competencyOptions);
        milestones.setItems(milestoneOptions);
        competencies.setItemLabelGenerator(Named::name);
        milestones.setItemLabelGenerator(Named::name);
        competencies.setPlaceholder("Which competencies does it show?");
        milestones.setPlaceholder(milestoneOptions.isEmpty() ? "" : "Which milestones does it serve?");
        milestones.setHelperText(milestoneOptions.isEmpty() ? "No milestones yet: they come from your roadmap" : null);
        milestones.setEnabled(!milestoneOptions.isEmpty());
    }

    /** Selects the competencies and milestones a record links to, as the API returned it. */
    public void select(List<CompetencyRef> linkedCompetencies, List<UUID> linkedMilestoneIds) {
        competencies.setValue(matching(competencies, linkedCompetencies.stream().map(CompetencyRef::getId).toList()));
        milestones.setValue(matching(milestones, linkedMilestoneIds));
    }

    public List<String> competencyIds() {
        return competencies.getSelectedItems().stream().map(Named::id).toList();
    }

    public List<String> milestoneIds() {
        return milestones.getSelectedItems().stream().map(Named::id).toList();
    }

    /** The pickers by the JSON field the API names when it rejects a link. */
    public Map<String, HasValidation> byField() {
        return Map.of("competencyIds", competencies, "milestoneIds", milestones);
    }

    private static Set<Named> matching(MultiSelectComboBox<Named> picker, Collection<UUID> ids) {
        return picker.getListDataView().getItems().filter(option -> ids.contains(UUID.fromString(option.id())))
                .collect(Collectors.toSet());
    }
}
