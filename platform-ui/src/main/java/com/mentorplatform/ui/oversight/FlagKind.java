package com.mentorplatform.ui.oversight;

/** What a mentor says a mentee is ready for, as the API names it. */
enum FlagKind {
    SPONSORSHIP("Sponsorship", "Ready for sponsorship"),
    STRETCH_ASSIGNMENT("Stretch assignment", "Ready for a stretch assignment");

    private final String label;
    private final String sentence;

    FlagKind(String label, String sentence) {
        this.label = label;
        this.sentence = sentence;
    }

    String label() {
        return label;
    }

    /** How a flag of this kind reads on its own, e.g. "Ready for sponsorship". */
    String sentence() {
        return sentence;
    }
}
