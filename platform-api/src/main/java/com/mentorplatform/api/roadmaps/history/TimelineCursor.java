package com.mentorplatform.api.roadmaps.history;

import com.mentorplatform.api.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** The keyset position of a timeline page: the last change's time and id, opaque to clients. */
record TimelineCursor(Instant occurredAt, UUID id) {

    String encode() {
        String raw = id + ":" + occurredAt;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static TimelineCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new TimelineCursor(Instant.parse(raw.substring(colon + 1)), UUID.fromString(raw.substring(0, colon)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API returned");
        }
    }
}
