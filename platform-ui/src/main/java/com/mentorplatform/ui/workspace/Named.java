package com.mentorplatform.ui.workspace;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Something a record links to, by id, with the name people know it by (a competency, a milestone). */
public record Named(String id, String name) {

    /** The names by id, to show what a record links to; where an id repeats, its first name counts. */
    public static Map<String, String> namesById(List<Named> items) {
        return items.stream().collect(Collectors.toMap(Named::id, Named::name, (first, repeated) -> first));
    }
}
