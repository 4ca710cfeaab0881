package com.mentorplatform.api.badinput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A copy of a body with one field, named as {@code feedback.observation} or {@code actions[0].title}, changed. */
final class BodyPaths {

    /** Leaves the field out. */
    static final Object REMOVE = new Object();

    private BodyPaths() {
    }

    static Object with(Object body, String path, Object value) {
        return with(body, List.of(path.replace("[0]", ".0").split("\\.")), value);
    }

    private static Object with(Object node, List<String> path, Object value) {
        String head = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            int index = Integer.parseInt(head);
            if (copy.isEmpty()) {
                copy.add(new LinkedHashMap<>());
            }
            copy.set(index, rest.isEmpty() ? value : with(copy.get(index), rest, value));
            return copy;
        }
        Map<String, Object> copy = node instanceof Map<?, ?> map ? new LinkedHashMap<>(cast(map)) : new LinkedHashMap<>();
        if (rest.isEmpty()) {
            if (value == REMOVE) {
                copy.remove(head);
            } else {
                copy.put(head, value);
            }
        } else {
            copy.put(head, with(copy.get(head), rest, value));
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
