package com.mentorplatform.ui.roadmaps;

/** What sort of bite-sized action an experiment is. */
enum ExperimentKind {
    PROJECT("Small project"),
    TRAINING("Targeted training"),
    CROSS_FUNCTIONAL("Cross-functional collaboration"),
    STRETCH_ASSIGNMENT("Stretch assignment"),
    OTHER("Other");

    private final String label;

    ExperimentKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
