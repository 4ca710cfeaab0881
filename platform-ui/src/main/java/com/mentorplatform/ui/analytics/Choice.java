package com.mentorplatform.ui.analytics;

/** A programme or cohort to filter by, as the filters list it. */
record Choice(String id, String name) {
}
