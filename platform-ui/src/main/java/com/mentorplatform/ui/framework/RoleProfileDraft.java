package com.mentorplatform.ui.framework;

import java.util.List;
import java.util.UUID;

/** A whole role profile as the form has it: the body of a create or of a replacing PUT. */
record RoleProfileDraft(String name, String family, Integer level, String description,
        List<RequiredLevel> requirements) {

    /** The level (1–5) required in one competency. */
    record RequiredLevel(UUID competencyId, int level) {}
}
