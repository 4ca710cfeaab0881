package com.mentorplatform.ui.checkins;

/** The suggested agenda of the next check-in, as text ready for the agenda field. */
record Agenda(String text) {
}
