package com.mentorplatform.ui.analytics;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.shell.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;

/**
 * The tenant admin's anonymity threshold: leaders never see a figure about fewer people than this. The API
 * refuses values below 3 or above 100; its answer is shown on the field.
 */
class ThresholdForm extends Div {

    final IntegerField threshold = new IntegerField("Smallest group leaders may see");
    final Button save = new Button("Save");
    private final AnalyticsClient client;
    private final FormProblems problems;

    ThresholdForm(AnalyticsClient client) {
        this.client = client;
        this.problems = new FormProblems(Map.of("anonymityThreshold", threshold));
        setId("anonymity-threshold");
        addClassName("chart-panel");
        addClassName("settings-form");
        threshold.setId("anonymity-threshold-field");
        threshold.addClassName("wide-field");
        // The API says what it accepts; its refusal is shown on the field.
        threshold.setStepButtonsVisible(true);
        threshold.setHelperText("Between 3 and 100 people; 5 by default");
        threshold.setValue(client.anonymityThreshold());
        save.setId("anonymity-threshold-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(click -> save());
        H3 title = new H3("Anonymity of leadership reports");
        title.addClassName("chart-title");
        Paragraph explanation = new Paragraph("Leaders see aggregates only. A figure about fewer people than this "
                + "is hidden, and so is the next smallest where a total would reveal it.");
        explanation.addClassNames("hint", "flush");
        Div row = new Div(threshold, save);
        row.addClassName("form-row");
        add(title, explanation, problems.box(), row);
    }

    void save() {
        Integer wanted = threshold.getValue();
        try {
            threshold.setValue(client.changeAnonymityThreshold(wanted == null ? 0 : wanted));
            problems.clear();
            Toast.done("Leaders now see groups of " + threshold.getValue() + " or more");
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            problems.show(problem);
        }
    }
}
