package com.mentorplatform.ui.framework;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.shell.FormProblems;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The side form of a framework editor. It never calls the API: it tells its listeners that the user asked to
 * save (with the original, null for a new item, and the draft), to delete or to close, and shows the API's
 * answer next to the fields when the editor hands a problem back.
 *
 * @param <T> what is edited, as the API shows it
 * @param <D> what the form makes of its fields
 */
abstract class EditorForm<T, D> extends FormLayout {

    final Button save = new Button("Save");
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    final Button cancel = new Button("Cancel");
    private final H3 heading = new H3();
    private final Map<String, HasValidation> fieldsByJsonName = new HashMap<>();
    private final FormProblems problems = new FormProblems(fieldsByJsonName);
    private T original;
    private BiConsumer<T, D> saveListener = (item, draft) -> { };
    private Consumer<T> deleteListener = item -> { };
    private Runnable closeListener = () -> { };

    protected EditorForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("420px", 2));
        heading.addClassName("flush");
        add(heading, 2);
        add(problems.box(), 2);
    }

    /** Where the API's violations of {@code jsonName} (as the request's JSON names it) are shown. */
    protected final void bind(String jsonName, HasValidation field) {
        fieldsByJsonName.put(jsonName, field);
    }

    /** The heading for {@code item}, or for a new one when null. */
    protected abstract String headingFor(T item);

    protected abstract void fill(T item);

    protected abstract D draft();

    /** Adds the buttons below whatever the subclass has added. */
    protected final void addButtons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickShortcut(Key.ENTER);
        cancel.addClickShortcut(Key.ESCAPE);
        save.addClickListener(click -> saveListener.accept(original, draft()));
        delete.addClickListener(click -> deleteListener.accept(original));
        cancel.addClickListener(click -> closeListener.run());
        Div gap = new Div();
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, gap, delete);
        buttons.setFlexGrow(1, gap);
        buttons.setWidthFull();
        add(buttons, 2);
    }

    /** Shows {@code item} for editing, or an empty form for a new one when null. */
    void edit(T item) {
        original = item;
        problems.clear();
        heading.setText(headingFor(item));
        delete.setVisible(item != null);
        fill(item);
    }

    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    /** The box above the fields for problems that belong to no field (e.g. "in use"). */
    Div problemBox() {
        return problems.box();
    }

    void onSave(BiConsumer<T, D> listener) {
        saveListener = listener;
    }

    void onDelete(Consumer<T> listener) {
        deleteListener = listener;
    }

    void onClose(Runnable listener) {
        closeListener = listener;
    }
}
