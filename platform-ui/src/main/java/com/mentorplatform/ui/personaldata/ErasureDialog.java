package com.mentorplatform.ui.personaldata;

import com.mentorplatform.client.model.ErasureResponse;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.shell.TypedConfirmationDialog;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Confirms an erasure: says what it deletes, what it keeps without the person's identity, and that it cannot be
 * undone, and erases only once the admin has typed the person's e-mail address again (as the API also checks). What
 * the API refuses is shown in the dialog, which stays open.
 */
class ErasureDialog extends TypedConfirmationDialog {

    ErasureDialog(PersonalDataClient client, PersonResponse person, Consumer<ErasureResponse> onErased) {
        super("erasure", "Erase " + person.getDisplayName() + "?", "Erase for ever");
        expect(person.getEmail(), typed -> matches(typed, person.getEmail()));
        explain("Their journal, evidence with its files, their own private check-in notes and their data exports are "
                + "deleted. Their name becomes “Erased person”, their e-mail address an undeliverable one, their "
                + "profile and roadmap texts are cleared, and they can no longer sign in. Pairs, check-ins with their "
                + "shared notes, roadmap steps and history are kept without their identity, so the programme's "
                + "figures stay right. The audit log records who erased them and when, never what was erased.",
                "Erasure cannot be undone.");
        onConfirm(typed -> client.erase(person.getId().toString(), typed), onErased);
    }

    /** E-mail addresses match whatever their case, as the API compares them. */
    private static boolean matches(String typed, String email) {
        return typed != null && email != null
                && typed.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT));
    }
}
