package com.mentorplatform.analytics.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns names (competencies, languages, ...) to small ints so pairs compare ints, not strings. */
final class Vocabulary {

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int intern(String name) {
        return indexByName.computeIfAbsent(name, key -> {
            names.add(key);
            return names.size() - 1;
        });
    }

    void internAll(Collection<String> values) {
        values.forEach(this::intern);
    }

    /** The index of a name, or -1 when it was never interned. */
    int indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    String name(int index) {
        return names.get(index);
    }

    int size() {
        return names.size();
    }

    /** Words of 64 bits needed for a bitset over this vocabulary (at least one). */
    int words() {
        return Math.max(1, (names.size() + 63) / 64);
    }
}
