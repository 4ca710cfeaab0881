package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.CohortMatchingWeights;
import com.mentorplatform.client.model.CohortPatchMatchingWeights;
import com.mentorplatform.client.model.RunRequest;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.shell.FormProblems;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cohort's matching weights as sliders, each with what it rewards, its two rules, and the options of the next
 * run (lowest score to propose, keep approved pairs). A run uses the weights as shown; saving stores them with
 * the cohort for later runs.
 */
class WeightsPanel extends Details {

    private static final String PREFIX = "matchingWeights.";

    final Map<String, WeightRow> rows = new LinkedHashMap<>();
    final Checkbox favourSameDepartment = new Checkbox("Favour the same department instead");
    final Checkbox requireSharedLanguage = new Checkbox("Require a shared language (hard rule)");
    final NumberField minScore = new NumberField("Minimum score to propose");
    final Checkbox keepApproved = new Checkbox("Keep approved pairs fixed", true);
    final Button save = new Button("Save weights");
    private final FormProblems problems;
    private final MatchingClient client;
    private final String cohortId;

    WeightsPanel(MatchingClient client, String cohortId) {
        this.client = client;
        this.cohortId = cohortId;
        setId("weights-panel");
        setSummaryText("Weights and run options");
        setOpened(true);
        setWidthFull();
        problems = new FormProblems(this::fieldOf);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2),
                new FormLayout.ResponsiveStep("70rem", 4));
        configureRows(form);
        add(problems.box(), form, optionsBar());
    }

    private void configureRows(FormLayout form) {
        row(form, MatchingWeight.GAP_COVERAGE, "The mentor is strong where the mentee's largest gaps are.");
        row(form, MatchingWeight.SENIORITY, "The mentor sits a sensible number of levels above: not too close or far.");
        row(form, MatchingWeight.DEPARTMENT, "Pairs across departments widen the view.").add(favourSameDepartment);
        row(form, MatchingWeight.LANGUAGE, "Both speak a language in common.").add(requireSharedLanguage);
        row(form, MatchingWeight.TIME_ZONE, "Their working hours overlap.");
        row(form, MatchingWeight.INTERESTS, "They share interests to talk about.");
        row(form, MatchingWeight.PREFERENCE, "The mentee named this mentor as a preferred one.");
        row(form, MatchingWeight.AVAILABILITY, "The mentor has time to spare.");
    }

    private WeightRow row(FormLayout form, MatchingWeight weight, String explanation) {
        WeightRow row = new WeightRow(weight.key(), weight.label(), explanation);
        rows.put(weight.key(), row);
        form.add(row);
        return row;
    }

    private HorizontalLayout optionsBar() {
        minScore.setId("min-score");
        minScore.setMin(0);
        minScore.setMax(1);
        minScore.setStep(0.05);
        minScore.setValue(0.0);
        minScore.setHelperText("Mentees whose best pair scores lower stay unmatched");
        keepApproved.setId("keep-approved");
        favourSameDepartment.setId("favour-same-department");
        requireSharedLanguage.setId("require-shared-language");
        save.setId("save-weights");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        HorizontalLayout options = new HorizontalLayout(minScore, keepApproved, save);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        return options;
    }

    void show(CohortMatchingWeights weights) {
        for (MatchingWeight weight : MatchingWeight.values()) {
            rows.get(weight.key()).show(weight.of(weights));
        }
        favourSameDepartment.setValue(Boolean.TRUE.equals(weights.getFavourSameDepartment()));
        requireSharedLanguage.setValue(Boolean.TRUE.equals(weights.getRequireSharedLanguage()));
    }

    CohortPatchMatchingWeights weights() {
        return new CohortPatchMatchingWeights().gapCoverage(value("gapCoverage")).seniority(value("seniority"))
                .department(value("department")).language(value("language")).timeZone(value("timeZone"))
                .interests(value("interests")).preference(value("preference")).availability(value("availability"))
                .favourSameDepartment(favourSameDepartment.getValue())
                .requireSharedLanguage(requireSharedLanguage.getValue());
    }

    /** What the next run is asked for; the weights as they are on screen, for this run only. */
    RunRequest options() {
        Double min = minScore.getValue();
        return new RunRequest().minScore(BigDecimal.valueOf(min == null ? 0 : min))
                .keepApprovedPairs(keepApproved.getValue()).weights(weights());
    }

    private void save() {
        problems.clear();
        try {
            client.saveWeights(cohortId, weights());
            Toast.done("Weights saved for the next runs");
        } catch (ApiProblem problem) {
            problems.show(problem);
        }
    }

    private BigDecimal value(String key) {
        return rows.get(key).value();
    }

    private HasValidation fieldOf(String jsonName) {
        String key = jsonName.startsWith(PREFIX) ? jsonName.substring(PREFIX.length()) : jsonName;
        WeightRow row = rows.get(key);
        return row == null ? null : row.exact;
    }
}
