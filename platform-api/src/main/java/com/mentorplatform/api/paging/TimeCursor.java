package com.mentorplatform.api.paging;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The keyset position of a page ordered by a time and an id, newest first: the last row's, opaque to
 * clients, who pass the {@code next} they were given as {@code after}.
 */
public record TimeCursor(Instant at, UUID id) {

    public String encode() {
        return CursorToken.encode(id, at);
    }

    /** The position in {@code after}, or null for the first page; a token this API did not make is a 400. */
    public static @Nullable TimeCursor decode(@Nullable String after) {
        List<String> parts = CursorToken.decode(after, 2);
        if (parts == null) {
            return null;
        }
        try {
            return new TimeCursor(Instant.parse(parts.get(1)), UUID.fromString(parts.get(0)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw CursorToken.notACursor();
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
