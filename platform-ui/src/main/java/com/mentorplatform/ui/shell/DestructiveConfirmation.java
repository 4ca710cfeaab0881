package com.mentorplatform.ui.shell;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks once before a destructive action that needs no typing again (deleting an entry, withdrawing a flag): the
 * question, what follows, a red confirm button and a cancel button. For one that does, see
 * {@link TypedConfirmationDialog}.
 */
public final class DestructiveConfirmation {

    private DestructiveConfirmation() {}

    /** Opens the question; {@code action} runs only when the user confirms. */
    public static void open(String question, String consequence, String confirmLabel, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(question, consequence, confirmLabel, yes -> action.run());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }
}
