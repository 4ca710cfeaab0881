package com.mentorplatform.ui.matching;

/** Where a matching run is: waiting for a worker, working, done with proposals, or failed. */
enum RunStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
