package com.mentorplatform.api.people.imports;

/** Where an import stands: RUNNING in the background, DONE, FAILED or REJECTED (both: nothing changed). */
enum ImportStatus {
    RUNNING, DONE, FAILED, REJECTED
}
