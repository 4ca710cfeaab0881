package com.mentorplatform.ui.framework;

import com.mentorplatform.client.model.CompetencyResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A competency as the form has it: the body of a create, or compared with the original for a merge patch. */
record CompetencyDraft(String name, String category, String description, List<String> levelDescriptors) {

    /**
     * The JSON Merge Patch turning {@code original} into this draft: only the changed members, a cleared
     * description as null, and the level descriptors (which the API replaces together) when any changed.
     */
    Map<String, Object> differencesFrom(CompetencyResponse original) {
        Map<String, Object> patch = new LinkedHashMap<>();
        putIfChanged(patch, "name", original.getName(), name);
        putIfChanged(patch, "category", original.getCategory(), category);
        putIfChanged(patch, "description", original.getDescription(), description);
        putIfChanged(patch, "levelDescriptors", original.getLevelDescriptors(), levelDescriptors);
        return patch;
    }

    private static void putIfChanged(Map<String, Object> patch, String member, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            patch.put(member, after);
        }
    }
}
