package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Toast;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs what the roadmap page's sections ask: a dialog's save or a one-click action is sent to the API; a refusal
 * stays on the dialog (or shows as a notice), success closes it, says what was done and reloads the page.
 */
final class PageActions {

    final RoadmapClient client;
    private final Runnable reload;

    PageActions(RoadmapClient client, Runnable reload) {
        this.client = client;
        this.reload = reload;
    }

    /** Opens {@code dialog}; each save runs {@code save}, which answers what to tell the user. */
    <O, C> void open(FormDialog<O, C> dialog, BiFunction<O, C, String> save) {
        dialog.addSaveListener(event -> {
            try {
                String done = save.apply(event.original(), event.change());
                dialog.close();
                reload.run();
                Toast.done(done);
            } catch (ApiProblem problem) {
                dialog.showProblem(problem);
            }
        });
        dialog.open();
    }

    /** A one-click change (start a milestone, agree the pace); a refusal shows as a notice. */
    void run(Supplier<String> action) {
        try {
            String done = action.get();
            reload.run();
            Toast.done(done);
        } catch (ApiProblem problem) {
            Toast.refused(problem);
        }
    }
}
