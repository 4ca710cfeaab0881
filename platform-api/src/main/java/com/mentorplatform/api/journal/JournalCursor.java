package com.mentorplatform.api.journal;

import com.mentorplatform.api.paging.CursorToken;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The keyset position after the last entry of a page, opaque to clients: its date and id, and for a
 * search page also its rank (a search cursor carries a rank, a plain one does not).
 */
record JournalCursor(@Nullable Float rank, LocalDate entryOn, UUID id) {

    static JournalCursor after(JournalRow last) {
        return new JournalCursor(last.rank(), last.entryOn(), last.id());
    }

    String encode() {
        return CursorToken.encode(rank == null ? "" : Float.toString(rank), entryOn, id);
    }

    /** The cursor in {@code token}; a 400 naming {@code after} when it is not one, or not of this kind of page. */
    static @Nullable JournalCursor decode(@Nullable String token, boolean search) {
        List<String> parts = CursorToken.decode(token, 3);
        if (parts == null) {
            return null;
        }
        if (parts.get(0).isEmpty() == search) {
            throw CursorToken.notACursor();
        }
        try {
            Float rank = search ? Float.valueOf(parts.get(0)) : null;
            return new JournalCursor(rank, LocalDate.parse(parts.get(1)), UUID.fromString(parts.get(2)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw CursorToken.notACursor();
        }
    }
}
