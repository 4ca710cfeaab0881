package com.mentorplatform.api.roadmaps;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/** What part of a roadmap a change is about, as {@code roadmap_changes.subject} stores it. */
public enum Subject {
    ROADMAP("roadmap", null),
    VISION("roadmap", null),
    PACE("roadmap", null),
    COMPETENCY("roadmap", null),
    MILESTONE("milestone", "title"),
    EXPERIMENT("experiment", "objective"),
    REVIEW("roadmap_review", null);

    private final String entityType;
    private final String label;

    Subject(String entityType, @Nullable String label) {
        this.entityType = entityType;
        this.label = label;
    }

    /** The audit log's entity type for changes of this subject. */
    public String entityType() {
        return entityType;
    }

    /**
     * The field that names one thing of this subject (a milestone's title): kept in a change's
     * before and after even when it did not change, so the timeline can say what changed.
     */
    @Nullable
    public String label() {
        return label;
    }

    /** The audit action of a change, e.g. {@code milestone.reached}. */
    String auditAction(String action) {
        return name().toLowerCase(Locale.ROOT) + "." + action.toLowerCase(Locale.ROOT);
    }
}
