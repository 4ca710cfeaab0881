package com.mentorplatform.api.text;

import io.micronaut.core.annotation.Nullable;

/** Optional free text (a note, a description, a filter) as it is stored and compared. */
public final class FreeText {

    private FreeText() {
    }

    /** The text without the white space around it, or null when nothing is left: blank is no value. */
    @Nullable
    public static String optional(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
