package com.mentorplatform.ui.shell;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.FieldViolation;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shows what the API rejected on a form: each field violation next to its field (matched by the field's JSON
 * name), and whatever has no field, or a problem without violations, in a box above the fields.
 */
public final class FormProblems {

    private final Function<String, ? extends HasValidation> fieldByJsonName;
    private final List<HasValidation> marked = new ArrayList<>();
    private final Div box = new Div();

    public FormProblems(Map<String, ? extends HasValidation> fieldsByJsonName) {
        this(fieldsByJsonName::get);
    }

    /**
     * For forms whose fields come and go (rows of a list): {@code fieldByJsonName} finds the field of a
     * violation such as {@code competencies[2].level}, or answers null when none shows it.
     */
    public FormProblems(Function<String, ? extends HasValidation> fieldByJsonName) {
        this.fieldByJsonName = fieldByJsonName;
        box.getElement().setAttribute("role", "alert");
        box.addClassNames("banner", "error");
        box.setVisible(false);
    }

    /** The box for problems that belong to no field; place it above the fields. */
    public Div box() {
        return box;
    }

    public void show(ApiProblem problem) {
        clear();
        List<String> unplaced = new ArrayList<>();
        for (FieldViolation violation : problem.violations()) {
            HasValidation field = fieldByJsonName.apply(violation.field());
            if (field == null) {
                unplaced.add(violation.field() + ": " + violation.message());
            } else {
                field.setErrorMessage(violation.message());
                field.setInvalid(true);
                marked.add(field);
            }
        }
        if (problem.violations().isEmpty() || !unplaced.isEmpty()) {
            unplaced.add(0, problem.userMessage());
            box.setText(String.join(" · ", unplaced));
            box.setVisible(true);
        }
    }

    public void clear() {
        box.setVisible(false);
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
    }
}
