package com.mentorplatform.api.export;

/** Where a background export stands; its file can be fetched once DONE. */
public enum ExportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
