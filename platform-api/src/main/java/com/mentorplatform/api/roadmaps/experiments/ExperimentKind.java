package com.mentorplatform.api.roadmaps.experiments;

/** What sort of action an experiment is. */
public enum ExperimentKind {
    PROJECT, TRAINING, CROSS_FUNCTIONAL, STRETCH_ASSIGNMENT, OTHER
}
