package com.mentorplatform.api.programmes;

import com.mentorplatform.api.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The keyset position of a page ordered by (lower(name), id): the last row's name and id, opaque to clients. */
public record NameCursor(String name, UUID id) {

    public String encode() {
        String raw = id + ":" + name;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static NameCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new NameCursor(raw.substring(colon + 1), UUID.fromString(raw.substring(0, colon)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API returned");
        }
    }
}
