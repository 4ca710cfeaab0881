package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.RatedCompetency;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.shell.FormProblems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox.AutoExpandMode;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the mentor and mentee forms share: competencies with levels, languages, time zone, interests, the save
 * button, and the API's violations put on their fields, list elements included ({@code languages[1]} on the
 * languages field, {@code competencies[2].level} on that row's level).
 */
abstract class ProfileForm extends FormLayout {

    static final List<String> INTEREST_SUGGESTIONS = List.of("career growth", "public speaking", "writing",
            "negotiation", "hiring", "remote work", "open source", "work-life balance");
    static final List<String> TOPIC_SUGGESTIONS = List.of("promotion preparation", "career change",
            "conflict at work", "first management role", "salary negotiation", "technical interviews",
            "returning from leave", "relocation");

    final CompetencyLevelsEditor competencies;
    final MultiSelectComboBox<String> languages = ProfileInputs.languages();
    final ComboBox<String> timeZone = ProfileInputs.timeZone();
    final TagField interests = new TagField("Interests", "Pick or type, then Enter");
    final Button save = new Button("Save profile");
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final FormProblems problems = new FormProblems(this::fieldFor);

    ProfileForm(String competenciesLabel, List<CompetencyResponse> framework) {
        competencies = new CompetencyLevelsEditor(competenciesLabel, framework);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 2));
        setMaxWidth("56rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        languages.setAutoExpand(AutoExpandMode.VERTICAL);
        register("languages", languages);
        register("timeZone", timeZone);
        register("interests", interests);
    }

    /** Puts each violation the API reported next to its field; the rest above the form. */
    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    /** Raises this form's save event with what the fields say now. */
    abstract void save();

    void register(String jsonName, HasValidation field) {
        fields.put(jsonName, field);
    }

    /** A heading over the whole width, then {@code components} in the form's columns. */
    void addSection(String heading, Component... components) {
        H3 title = new H3(heading);
        title.addClassName("form-section");
        add(title, 2);
        add(components);
    }

    /** The save button at its natural width, under the fields. */
    void addSaveButton() {
        HorizontalLayout buttons = new HorizontalLayout(save);
        buttons.addClassName("form-buttons");
        add(buttons, 2);
    }

    void addProblemBox() {
        add(problems.box(), 2);
    }

    void showCommon(List<RatedCompetency> levels, List<String> languageCodes, String zone, List<String> interestTags) {
        problems.clear();
        competencies.setLevels(levels);
        languages.setValue(new LinkedHashSet<>(languageCodes));
        timeZone.setValue(zone);
        interests.setTags(INTEREST_SUGGESTIONS, interestTags);
    }

    private HasValidation fieldFor(String jsonName) {
        if (jsonName.startsWith("competencies[")) {
            return competencies.fieldFor(jsonName);
        }
        return fields.get(jsonName.replaceFirst("\\[\\d+]$", ""));
    }
}
