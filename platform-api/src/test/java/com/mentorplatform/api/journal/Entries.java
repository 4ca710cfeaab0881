package com.mentorplatform.api.journal;

import com.mentorplatform.api.testing.Http;
import io.micronaut.json.tree.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Journal request bodies and calls for the journal tests. */
final class Entries {

    private Entries() {
    }

    static Map<String, Object> body(String title, String text, boolean shared) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryOn", LocalDate.now().minusDays(1).toString());
        body.put("title", title);
        body.put("body", text);
        body.put("shared", shared);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** Writes an entry as the mentee and returns its id. */
    static UUID write(String menteeToken, Map<String, Object> body) {
        Http.Response created = Http.post("/api/journal", menteeToken, body);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not write a journal entry: " + created.text());
        }
        return UUID.fromString(created.string("id"));
    }

    static UUID write(String menteeToken, String title, String text, boolean shared) {
        return write(menteeToken, body(title, text, shared));
    }

    /** The titles of the page's items, in order. */
    static List<String> titles(Http.Response page) {
        JsonNode items = page.json().get("items");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            titles.add(items.get(i).get("title").getStringValue());
        }
        return titles;
    }
}
