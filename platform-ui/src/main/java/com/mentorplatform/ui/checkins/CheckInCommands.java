package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.ActionResponse;
import com.mentorplatform.client.model.CheckInResponse;

/**
 * What a check-in card asks of the view that shows it; the view calls the API and answers. Cards never call
 * the API themselves.
 */
interface CheckInCommands {

    /** Ticks the action done or undone; false when the API refused (the card then puts the box back). */
    boolean tick(ActionResponse action, boolean done);

    /** The signed-in user's own private note on the check-in, or null. */
    String privateNote(CheckInResponse checkIn);

    /** Saves (or, when blank, deletes) the user's own private note; false when the API refused. */
    boolean savePrivateNote(CheckInResponse checkIn, String note);

    /** Opens the dialog to log a scheduled check-in as held. */
    void logAsHeld(CheckInResponse checkIn);

    /** Calls off a scheduled check-in. */
    void cancel(CheckInResponse checkIn);
}
