package com.mentorplatform.api.problem;

import io.micronaut.core.annotation.Nullable;

/**
 * PostgreSQL cannot store the NUL character (U+0000) in text: it refuses the whole write. Text that
 * carries one is bad input, refused with a 400 before it reaches the database.
 */
public final class NulText {

    /** What a 400 says about a field holding a NUL character. */
    public static final String MESSAGE = "contains a NUL character (\\u0000), which cannot be stored";

    private NulText() {
    }

    /** Whether the text holds a NUL character; null holds none. */
    public static boolean in(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    /** A 400 naming the field that holds a NUL character. */
    public static ProblemException refused(String field) {
        return ProblemException.invalidField(field, MESSAGE);
    }
}
