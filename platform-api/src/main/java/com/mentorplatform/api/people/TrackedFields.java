package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The fields of a person whose every change is kept in {@code people_history}, as text the way the
 * history stores them. Edits, creations and imports all diff through here, so they agree on what a
 * change is, and on how an arrival is recorded.
 */
public record TrackedFields(@Nullable Integer level, @Nullable String department, @Nullable String jobTitle,
                            @Nullable UUID managerId, @Nullable String location, String status) {

    /** The tracked fields of a person who has left on {@code leftOn} (or not, when null). */
    public static TrackedFields of(@Nullable Integer level, @Nullable String department, @Nullable String jobTitle,
                                   @Nullable UUID managerId, @Nullable String location, @Nullable Object leftOn) {
        return new TrackedFields(level, department, jobTitle, managerId, location, leftOn == null ? "ACTIVE" : "LEFT");
    }

    /**
     * A person's arrival in the directory, as the history keeps it: one change of status. Their starting
     * level, department and so on need no rows of their own: they are the old values of each field's first
     * later change, or the person's current values when nothing changed since. (Writing them out again
     * would multiply the rows of a first import of 100,000 people by six.)
     */
    public static List<Change> arrivalOf(TrackedFields initial) {
        return List.of(new Change("status", null, initial.status));
    }

    /** The changes from this state to {@code after}, in a fixed field order. */
    public List<Change> changesTo(TrackedFields after) {
        List<Change> changes = new ArrayList<>(6);
        add(changes, "level", text(level), text(after.level));
        add(changes, "department", department, after.department);
        add(changes, "job_title", jobTitle, after.jobTitle);
        add(changes, "manager", text(managerId), text(after.managerId));
        add(changes, "location", location, after.location);
        add(changes, "status", status, after.status);
        return changes;
    }

    private static void add(List<Change> changes, String field, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /** One field's change, as stored in the history. */
    public record Change(String field, @Nullable String oldValue, @Nullable String newValue) {
    }
}
