package com.mentorplatform.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The dialog a screen edits something in: it holds the screen's form and closes when the form raises a
 * {@link CloseEvent} (its cancel button). Saving stays with the screen, which listens for the form's {@link SaveEvent},
 * calls the API and closes the dialog once the API has accepted the change.
 */
public class EditorDialog extends Dialog {

    /** A dialog {@code width} wide (a CSS length) around {@code form}. */
    public EditorDialog(Component form, String width) {
        add(form);
        setWidth(width);
        CloseEvent.listen(form, close -> close());
    }
}
