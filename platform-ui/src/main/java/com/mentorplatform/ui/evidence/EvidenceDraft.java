package com.mentorplatform.ui.evidence;

/** What the evidence form asks to save: the evidence itself and, when one was chosen, a file to attach to it. */
record EvidenceDraft(EvidenceChange change, PickedFile file) {

    /** A file chosen in the form and held until the evidence is saved. */
    record PickedFile(String name, String contentType, byte[] content) {
    }
}
