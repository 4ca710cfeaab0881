package com.mentorplatform.api.paging;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The keyset position of a page ordered by a time and an id, newest first: the last row's, opaque to
 * clients, who pass the {@code next} they were given as {@code after}.
 */
public record TimeCursor(Instant at, UUID id) {

    public String encode() {
        String raw = id + "|" + at;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in {@code after}, or null for the first page; a token this API did not make is a 400. */
    public static @Nullable TimeCursor decode(@Nullable String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new TimeCursor(Instant.parse(raw.substring(bar + 1)), UUID.fromString(raw.substring(0, bar)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API returned");
        }
    }

    /** The time to page after, or null on the first page (for repository parameters). */
    public static @Nullable Instant at(@Nullable TimeCursor cursor) {
        return cursor == null ? null : cursor.at();
    }

    /** The id to page after, or null on the first page. */
    public static @Nullable UUID id(@Nullable TimeCursor cursor) {
        return cursor == null ? null : cursor.id();
    }
}
