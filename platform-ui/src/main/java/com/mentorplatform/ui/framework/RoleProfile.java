package com.mentorplatform.ui.framework;

import java.util.List;

/** A role profile: its career level (1–20), family, and the level (1–5) it requires in some competencies. */
record RoleProfile(String id, String name, String family, int level, String description,
        List<Requirement> requirements) {

    /** The level required in one competency. */
    record Requirement(String competencyId, String competencyName, int level) {}
}
