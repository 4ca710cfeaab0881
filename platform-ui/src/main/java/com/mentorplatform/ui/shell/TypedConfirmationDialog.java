package com.mentorplatform.ui.shell;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Confirms a destructive action by having the user type a value again (a name, an e-mail address) that the API checks
 * too: it says what the action does and what cannot be undone, enables its red confirm button only while the typed
 * text is accepted, and shows what the API refuses in the dialog, which stays open. A feature's dialog extends it,
 * calls {@link #expect}, {@link #explain} and {@link #onConfirm} in its constructor, and keeps its own wording and
 * matching rule.
 */
public abstract class TypedConfirmationDialog extends Dialog {

    private final TextField confirmation = new TextField();
    private final Button confirm;
    private final FormProblems problems = new FormProblems(Map.of("confirmation", confirmation));

    /**
     * @param idPrefix the dialog's id is {@code idPrefix-dialog}, its field's {@code idPrefix-confirmation} and its
     *     confirm button's {@code idPrefix-confirm}, for tests and journeys to find them
     * @param title the dialog's header, asking the question
     * @param confirmLabel what the confirm button says
     */
    protected TypedConfirmationDialog(String idPrefix, String title, String confirmLabel) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        setWidth("34rem");
        confirmation.setId(idPrefix + "-confirmation");
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirm = new Button(confirmLabel);
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        add(problems.box(), confirmation);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }

    /**
     * What the user has to type again: {@code expected} is shown in the field's label, and the confirm button is
     * enabled while {@code accepts} holds for the text in the field (never null; as typed, spaces included).
     */
    protected final void expect(String expected, Predicate<String> accepts) {
        confirmation.setLabel("Type " + expected + " to confirm");
        confirmation.addValueChangeListener(change -> confirm.setEnabled(
                change.getValue() != null && accepts.test(change.getValue())));
    }

    /** Says, above the field, what the action does ({@code what}) and what of it cannot be undone ({@code warning}). */
    protected final void explain(String what, String warning) {
        Div irreversible = new Div(VaadinIcon.WARNING.create(), new Span(warning));
        irreversible.addClassNames("banner", "warning");
        // After the problems box, which stays first so a refusal is read before the rest.
        addComponentAtIndex(1, Hint.note(what));
        addComponentAtIndex(2, irreversible);
    }

    /**
     * What the confirm button does: {@code action} gets the typed text without surrounding spaces and calls the API;
     * once it succeeds the dialog closes and {@code onDone} gets its answer. A refusal stays in the dialog.
     */
    protected final <R> void onConfirm(Function<String, R> action, Consumer<R> onDone) {
        confirm.addClickListener(click -> {
            problems.clear();
            try {
                R answer = action.apply(confirmation.getValue().strip());
                close();
                onDone.accept(answer);
            } catch (ApiProblem refused) {
                problems.show(refused);
            }
        });
    }
}
