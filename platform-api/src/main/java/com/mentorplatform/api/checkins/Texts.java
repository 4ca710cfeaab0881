package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;

/** Free text as it is stored: trimmed, and null rather than blank. */
final class Texts {

    private Texts() {
    }

    @Nullable
    static String orNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
