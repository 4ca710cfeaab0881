package com.mentorplatform.api.export;

import com.mentorplatform.api.problem.ProblemType;

/** Where a background export stands; its file can be fetched once DONE. */
public enum ExportStatus {
    QUEUED, RUNNING, DONE, FAILED;

    /** Refuses to hand out the file of an export that is not DONE (409: the client polls until it is). */
    public void requireDone() {
        if (this != DONE) {
            throw ProblemType.EXPORT_NOT_READY.exception("The export is " + this + "; poll it until it is DONE");
        }
    }
}
