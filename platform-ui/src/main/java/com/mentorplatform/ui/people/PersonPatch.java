package com.mentorplatform.ui.people;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body of {@code PATCH /api/people/{id}}: only the fields present change; a present null clears the field. */
public final class PersonPatch {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    PersonPatch set(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    /** Whether nothing would change. */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The fields to change, by their JSON name. */
    @JsonValue
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    @Override
    public String toString() {
        return "PersonPatch" + fields.keySet();
    }
}
