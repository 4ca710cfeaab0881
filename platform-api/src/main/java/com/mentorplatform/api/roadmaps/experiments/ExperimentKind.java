package com.mentorplatform.api.roadmaps.experiments;

/** What sort of action an experiment is. */
enum ExperimentKind {
    PROJECT, TRAINING, CROSS_FUNCTIONAL, STRETCH_ASSIGNMENT, OTHER
}
