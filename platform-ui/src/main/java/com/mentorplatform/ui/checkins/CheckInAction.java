package com.mentorplatform.ui.checkins;

import java.time.LocalDate;

/** An agreed action of a check-in: what, whose, by when, and whether it is done. */
record CheckInAction(String id, String checkInId, String description, String ownerId, String ownerName,
        LocalDate dueOn, boolean done) {
}
