package com.mentorplatform.ui.enrolments;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.shell.FormProblems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import java.util.Map;

/**
 * A dialog that makes one enrolment change: its primary button runs {@link #apply()}; the API's refusal stays in
 * the dialog (field violations on the fields, the rest in a box above them), success closes it and tells the user.
 */
abstract class ActionDialog extends Dialog {

    final Button confirm;
    private final Runnable onDone;
    private FormProblems problems = new FormProblems(Map.of());

    ActionDialog(String title, String action, Runnable onDone) {
        this.onDone = onDone;
        setHeaderTitle(title);
        confirm = new Button(action, click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }

    /** Lays the fields out in one column under the problem box; violations of a JSON name go to its field. */
    void addFields(Map<String, ? extends HasValidation> byJsonName, Component... fields) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(problemBox(byJsonName));
        form.add(fields);
        add(form);
    }

    /** The box for problems that belong to no field, for a dialog that lays its fields out itself. */
    Div problemBox(Map<String, ? extends HasValidation> byJsonName) {
        problems = new FormProblems(byJsonName);
        return problems.box();
    }

    /** Where the API's refusals are shown, for steps before the confirming one (a preview, say). */
    FormProblems problems() {
        return problems;
    }

    /** Makes the change at the API and says what was done; throws {@link ApiProblem} when refused. */
    abstract String apply();

    private void confirm() {
        try {
            problems.clear();
            String done = apply();
            close();
            Toast.done(done);
            onDone.run();
        } catch (ApiProblem problem) {
            problems.show(problem);
        }
    }
}
