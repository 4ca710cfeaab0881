package com.mentorplatform.api.checkins;

import com.mentorplatform.api.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** The keyset position of a page ordered by (occurs_at, id) descending: the last row's, opaque to clients. */
record CheckInCursor(Instant occursAt, UUID id) {

    static CheckInCursor after(CheckIn last) {
        return new CheckInCursor(last.occursAt(), last.id());
    }

    String encode() {
        String raw = id + "|" + occursAt;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static CheckInCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new CheckInCursor(Instant.parse(raw.substring(bar + 1)), UUID.fromString(raw.substring(0, bar)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API returned");
        }
    }
}
