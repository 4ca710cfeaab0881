package com.mentorplatform.api.sponsorship;

import com.mentorplatform.api.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** The keyset position of a page ordered by (created_at, id) descending: the last row's, opaque to clients. */
record FlagCursor(Instant createdAt, UUID id) {

    static FlagCursor after(SponsorshipFlag last) {
        return new FlagCursor(last.createdAt(), last.id());
    }

    String encode() {
        String raw = id + "|" + createdAt;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FlagCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new FlagCursor(Instant.parse(raw.substring(bar + 1)), UUID.fromString(raw.substring(0, bar)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API returned");
        }
    }
}
