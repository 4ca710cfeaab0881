package com.mentorplatform.ui.framework;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A role profile: name, family, career level, and the level (1–5, or none) it requires in each competency. */
final class RoleProfileForm extends EditorForm<RoleProfileResponse, RoleProfileDraft> {

    final TextField name = new TextField("Name");
    final ComboBox<String> family = new ComboBox<>("Family");
    final IntegerField level = new IntegerField("Level");
    final TextArea description = new TextArea("Description");
    private final FormLayout requirements = new FormLayout();
    private final Map<UUID, Select<Integer>> requiredLevels = new LinkedHashMap<>();

    RoleProfileForm() {
        setId("role-profile-form");
        configureFields();
        add(name, 2);
        add(family, level);
        add(description, 2);
        add(new H4("Required levels"), 2);
        add(requirements, 2);
        addButtons();
    }

    private void configureFields() {
        bind("name", name);
        bind("family", family);
        bind("level", level);
        bind("description", description);
        name.setId("role-profile-name");
        name.setRequiredIndicatorVisible(true);
        family.setRequiredIndicatorVisible(true);
        family.setAllowCustomValue(true);
        family.addCustomValueSetListener(custom -> family.setValue(custom.getDetail()));
        level.setId("role-profile-level");
        level.setRequiredIndicatorVisible(true);
        level.setMin(1);
        level.setMax(20);
        level.setStepButtonsVisible(true);
        level.setHelperText("Career level, 1 to 20");
        description.setMaxHeight("6rem");
        requirements.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("360px", 2));
    }

    /** One choice of required level per competency of the framework, and the families already in use. */
    void setChoices(List<CompetencyResponse> competencies, List<String> families) {
        family.setItems(families);
        requirements.removeAll();
        requiredLevels.clear();
        for (CompetencyResponse competency : competencies) {
            Select<Integer> required = new Select<>();
            required.setLabel(competency.getName());
            required.setTooltipText(competency.getCategory());
            required.setItems(1, 2, 3, 4, 5);
            required.setEmptySelectionAllowed(true);
            required.setEmptySelectionCaption("Not required");
            required.setItemLabelGenerator(value -> value == null ? "Not required" : "Level " + value);
            requiredLevels.put(competency.getId(), required);
            requirements.add(required);
        }
    }

    /** The choice of required level for one competency. */
    Select<Integer> requiredLevelOf(UUID competencyId) {
        return requiredLevels.get(competencyId);
    }

    @Override
    protected String headingFor(RoleProfileResponse profile) {
        return profile == null ? "New role profile" : "Edit " + profile.getName();
    }

    @Override
    protected void fill(RoleProfileResponse profile) {
        name.setValue(Texts.orEmpty(profile == null ? null : profile.getName()));
        family.setValue(profile == null ? null : profile.getFamily());
        level.setValue(profile == null ? null : profile.getLevel());
        description.setValue(Texts.orEmpty(profile == null ? null : profile.getDescription()));
        requiredLevels.values().forEach(Select::clear);
        if (profile != null) {
            profile.getRequirements().stream()
                    .filter(required -> requiredLevels.containsKey(required.getCompetencyId()))
                    .forEach(required -> requiredLevels.get(required.getCompetencyId()).setValue(required.getLevel()));
        }
    }

    @Override
    protected RoleProfileDraft draft() {
        List<RoleProfileDraft.RequiredLevel> required = requiredLevels.entrySet().stream()
                .filter(choice -> choice.getValue().getValue() != null)
                .map(choice -> new RoleProfileDraft.RequiredLevel(choice.getKey(), choice.getValue().getValue()))
                .toList();
        return new RoleProfileDraft(Texts.orEmpty(Texts.blankToNull(name.getValue())),
                Texts.blankToNull(family.getValue()), level.getValue(), Texts.blankToNull(description.getValue()),
                required);
    }
}
