package com.mentorplatform.api.paging;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The opaque text of a cursor: its parts joined and Base64url-encoded, so clients pass it back untouched. Free text
 * (a name) goes last, where it may hold the separator.
 */
public final class CursorToken {

    private static final String SEPARATOR = "|";

    private CursorToken() {
    }

    public static String encode(Object... parts) {
        String raw = String.join(SEPARATOR, Arrays.stream(parts).map(String::valueOf).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code count} parts of the token, or null when there is none (the first page); otherwise a 400. */
    public static @Nullable List<String> decode(@Nullable String token, int count) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split("\\|", count));
            if (parts.size() != count) {
                throw notACursor();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    /** A cursor this API did not make, or made for another listing: a 400 naming {@code after}. */
    public static ProblemException notACursor() {
        return ProblemException.invalidField("after", "is not a cursor this API returned for this listing");
    }
}
