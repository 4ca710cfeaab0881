package com.mentorplatform.ui.checkins;

import java.time.LocalDate;

/** An action agreed in the check-in dialog; {@code ownerId} is the mentor's or the mentee's id. */
record NewAction(String description, String ownerId, LocalDate dueOn) {
}
