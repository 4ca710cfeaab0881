package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.function.Function;

/**
 * One form of the roadmap page in a dialog. It never calls the API: its save button raises a {@link SaveEvent}
 * with what the dialog was opened on ({@code original}, null for something new) and the change; whoever opened
 * it makes the call and hands a refusal back to {@link #showProblem}, which puts each violation on its field.
 *
 * @param <O> what the dialog edits
 * @param <C> the change it asks for
 */
abstract class FormDialog<O, C> extends Dialog {

    final Button save;
    final FormLayout form = new FormLayout();
    private final O original;
    private FormProblems problems = new FormProblems(Map.of());

    FormDialog(String title, String saveText, O original) {
        this.original = original;
        setHeaderTitle(title);
        setWidth("36rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        save = new Button(saveText, click -> fireEvent(new SaveEvent<>(this, this.original, change())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
        add(form);
    }

    /**
     * Adds the fields two to a row, text areas over the whole width; the API's violations of a JSON name go to
     * its field.
     */
    void addFields(Map<String, ? extends HasValidation> byJsonName, Component... fields) {
        addFields(byJsonName::get, fields);
    }

    /** As above for fields that come and go (rows of a list), found by the violation's JSON name. */
    void addFields(Function<String, ? extends HasValidation> byJsonName, Component... fields) {
        problems = new FormProblems(byJsonName);
        form.add(problems.box(), 2);
        for (Component field : fields) {
            form.add(field, field instanceof TextArea ? 2 : 1);
        }
    }

    /** The change the user asks for, as the API's JSON names it. */
    abstract C change();

    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<O, C>> listener) {
        return SaveEvent.listen(this, listener);
    }

    static TextArea textArea(String label, int maxLength, String helper) {
        TextArea area = new TextArea(label);
        area.setMaxLength(maxLength);
        area.setMinHeight("5rem");
        if (helper != null) {
            area.setHelperText(helper);
        }
        return area;
    }

    static DatePicker datePicker(String label) {
        DatePicker date = new DatePicker(label);
        date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        return date;
    }
}
