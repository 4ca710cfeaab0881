package com.mentorplatform.api.export;

import com.mentorplatform.api.problem.ProblemType;
import io.micronaut.core.annotation.Nullable;

import java.util.function.Supplier;

/** Where a background export stands; its file can be fetched once DONE. */
public enum ExportStatus {
    QUEUED, RUNNING, DONE, FAILED;

    /** The export's file link, given only once the file can be fetched; null before. */
    @Nullable
    public String fileWhenDone(Supplier<String> link) {
        return this == DONE ? link.get() : null;
    }

    /** Refuses to hand out the file of an export that is not DONE (409: the client polls until it is). */
    public void requireDone() {
        if (this != DONE) {
            throw ProblemType.EXPORT_NOT_READY.exception("The export is " + this + "; poll it until it is DONE");
        }
    }
}
