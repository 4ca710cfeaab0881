package com.mentorplatform.ui.personaldata;

import com.mentorplatform.client.model.ErasureResponse;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.shell.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Confirms an erasure: says what it deletes, what it keeps without the person's identity, and that it cannot be
 * undone, and erases only once the admin has typed the person's e-mail address again (as the API also checks). What
 * the API refuses is shown in the dialog, which stays open.
 */
class ErasureDialog extends Dialog {

    final TextField confirmation = new TextField();
    final Button erase = new Button("Erase for ever");
    private final FormProblems problems = new FormProblems(Map.of("confirmation", confirmation));

    ErasureDialog(PersonalDataClient client, PersonResponse person, Consumer<ErasureResponse> onErased) {
        setId("erasure-dialog");
        setHeaderTitle("Erase " + person.getDisplayName() + "?");
        setWidth("34rem");
        confirmation.setId("erasure-confirmation");
        confirmation.setLabel("Type " + person.getEmail() + " to confirm");
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.addValueChangeListener(change -> erase.setEnabled(matches(change.getValue(), person.getEmail())));
        erase.setId("erasure-confirm");
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setEnabled(false);
        erase.addClickListener(click -> erase(client, person, onErased));
        add(problems.box(), explanation(), irreversible(), confirmation);
        getFooter().add(new Button("Cancel", click -> close()), erase);
    }

    private static Paragraph explanation() {
        Paragraph what = new Paragraph("Their journal, evidence with its files, their own private check-in notes and "
                + "their data exports are deleted. Their name becomes “Erased person”, their e-mail address an "
                + "undeliverable one, their profile and roadmap texts are cleared, and they can no longer sign in. "
                + "Pairs, check-ins with their shared notes, roadmap steps and history are kept without their "
                + "identity, so the programme's figures stay right. The audit log records who erased them and when, "
                + "never what was erased.");
        what.addClassName("note");
        return what;
    }

    private static Div irreversible() {
        Div warning = new Div(VaadinIcon.WARNING.create(), new Span("Erasure cannot be undone."));
        warning.addClassNames("banner", "warning");
        return warning;
    }

    private void erase(PersonalDataClient client, PersonResponse person, Consumer<ErasureResponse> onErased) {
        problems.clear();
        try {
            ErasureResponse erased = client.erase(person.getId().toString(), confirmation.getValue().strip());
            close();
            onErased.accept(erased);
        } catch (ApiProblem refused) {
            problems.show(refused);
        }
    }

    private static boolean matches(String typed, String email) {
        return typed != null && email != null
                && typed.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT));
    }
}
