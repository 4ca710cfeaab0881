package com.mentorplatform.api.people;

import com.mentorplatform.api.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The keyset position of a directory page: the last row's name and id, opaque to clients. */
record PeopleCursor(String name, UUID id) {

    /** Before every person: names are never empty, and no id is the nil UUID. */
    static final PeopleCursor START = new PeopleCursor("", new UUID(0, 0));

    static PeopleCursor after(Person last) {
        return new PeopleCursor(last.displayName(), last.id());
    }

    String encode() {
        String raw = id + ":" + name;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PeopleCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new PeopleCursor(raw.substring(colon + 1), UUID.fromString(raw.substring(0, colon)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API returned");
        }
    }
}
