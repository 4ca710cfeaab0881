package com.mentorplatform.ui.framework;

import java.util.List;

/** A role of the tenant (e.g. "Senior Engineer") and the level it requires in each of its competencies. */
public record RoleProfile(String id, String name, String family, int level, String description,
        List<Requirement> requirements) {

    public RoleProfile {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /** The level (1–5) a role requires in one competency. */
    public record Requirement(String competencyId, String competencyName, int level) {}
}
