package com.mentorplatform.ui.evidence;

/** What a piece of evidence is, as the API names it, with how the console says it. */
enum EvidenceKind {
    DASHBOARD("Dashboard"),
    CASE_STUDY("Case study"),
    DOCUMENTED_OUTCOME("Documented outcome"),
    LINK("Link"),
    FILE("File");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** A link or a dashboard is a web address and needs one. */
    boolean needsUrl() {
        return this == LINK || this == DASHBOARD;
    }

    /** Anything but an address may carry a file; a FILE is one. */
    boolean takesFile() {
        return !needsUrl();
    }
}
