package com.mentorplatform.ui.framework;

import java.util.List;

/** A competency of the tenant's framework; {@code levelDescriptors.get(0)} describes level 1 of five. */
public record Competency(String id, String name, String category, String description, List<String> levelDescriptors) {

    public Competency {
        levelDescriptors = levelDescriptors == null ? List.of() : List.copyOf(levelDescriptors);
    }

    /** What reaching {@code level} (1–5) means in this competency, or "" when the framework does not say. */
    public String describe(int level) {
        return level >= 1 && level <= levelDescriptors.size() ? levelDescriptors.get(level - 1) : "";
    }
}
