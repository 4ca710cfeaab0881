package com.mentorplatform.api.evidence;

/**
 * What a piece of evidence is. A LINK or DASHBOARD is a web address; a FILE is an uploaded document;
 * a CASE_STUDY or DOCUMENTED_OUTCOME may have an address, a file, both or neither.
 */
public enum EvidenceKind {
    DASHBOARD, CASE_STUDY, DOCUMENTED_OUTCOME, LINK, FILE;

    /** Whether this kind is an address and so needs one. */
    boolean needsUrl() {
        return this == LINK || this == DASHBOARD;
    }

    /** Whether a file may be attached: anything but an address. */
    boolean takesFile() {
        return !needsUrl();
    }
}
