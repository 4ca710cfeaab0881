package com.mentorplatform.api.journal;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
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
        String raw = (rank == null ? "" : Float.toString(rank)) + "|" + entryOn + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code token}; a 400 naming {@code after} when it is not one, or not of this kind of page. */
    static @Nullable JournalCursor decode(@Nullable String token, boolean search) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || parts[0].isEmpty() == search) {
                throw new IllegalArgumentException("not a cursor of this listing");
            }
            Float rank = search ? Float.valueOf(parts[0]) : null;
            return new JournalCursor(rank, LocalDate.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API returned for this listing");
        }
    }
}
