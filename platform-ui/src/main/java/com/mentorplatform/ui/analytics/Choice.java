package com.mentorplatform.ui.analytics;

/**
 * A programme or cohort to filter by, as the filter pickers show it; read from the contract's ProgrammeResponse
 * and CohortResponse.
 */
record Choice(String id, String name) {
}
