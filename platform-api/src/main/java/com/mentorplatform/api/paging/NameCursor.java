package com.mentorplatform.api.paging;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/** The keyset position of a page ordered by (lower(name), id): the last row's name and id, opaque to clients. */
public record NameCursor(String name, UUID id) {

    /** Before every row: names are never empty, and no id is the nil UUID. */
    public static final NameCursor START = new NameCursor("", new UUID(0, 0));

    public String encode() {
        return CursorToken.encode(id, name);
    }

    /** The position in {@code after}, or null for the first page; a token this API did not make is a 400. */
    public static @Nullable NameCursor decode(@Nullable String after) {
        List<String> parts = CursorToken.decode(after, 2);
        if (parts == null) {
            return null;
        }
        try {
            return new NameCursor(parts.get(1), UUID.fromString(parts.get(0)));
        } catch (IllegalArgumentException e) {
            throw CursorToken.notACursor();
        }
    }

    /** The name to page after, or null on the first page (for repository parameters). */
    public static @Nullable String name(@Nullable NameCursor cursor) {
        return cursor == null ? null : cursor.name();
    }

    /** The id to page after, or null on the first page. */
    public static @Nullable UUID id(@Nullable NameCursor cursor) {
        return cursor == null ? null : cursor.id();
    }
}
