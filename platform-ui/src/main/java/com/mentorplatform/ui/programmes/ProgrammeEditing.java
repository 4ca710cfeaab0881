package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.people.PersonRef;
import com.mentorplatform.ui.session.ConsoleSession;
import java.util.function.Consumer;

/** Opens the programme dialog and saves what it raises: the one way both programme screens create and edit. */
final class ProgrammeEditing {

    private ProgrammeEditing() {}

    /** Opens the dialog for {@code original} (null: a new programme) and hands the saved programme on. */
    static ProgrammeDialog open(ProgrammesClient programmes, ProgrammeResponse original,
            Consumer<ProgrammeResponse> onSaved) {
        ConsoleSession session = ConsoleSession.current();
        ApiClient api = session.api();
        PersonRef me = session.user().map(user -> new PersonRef(user.id(), user.displayName())).orElse(null);
        ProgrammeDialog dialog = new ProgrammeDialog(api, original, me);
        dialog.addSaveListener(save -> {
            try {
                ProgrammeResponse saved = save.original() == null ? programmes.create(save.change())
                        : programmes.update(save.original().getId().toString(), save.change());
                dialog.close();
                Toast.done(saved.getName() + " saved");
                onSaved.accept(saved);
            } catch (ApiProblem problem) {
                dialog.showProblem(problem);
            }
        });
        dialog.open();
        return dialog;
    }
}
