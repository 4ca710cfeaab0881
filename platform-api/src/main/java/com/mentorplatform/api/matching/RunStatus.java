package com.mentorplatform.api.matching;

/** Where a matching run is: waiting for a worker, working, done with proposals, or failed. */
enum RunStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
