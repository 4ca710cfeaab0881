package com.mentorplatform.api.problem;

import java.util.Optional;

/**
 * Text a client may send that is not text the platform can keep: a NUL character (PostgreSQL refuses
 * it) or a lone UTF-16 surrogate, which JSON's {@code \ud800} escape can carry but no UTF-8 can encode
 * (the database driver would store a {@code ?} in its place, silently).
 */
final class UnstorableText {

    static final String LONE_SURROGATE = "contains a lone UTF-16 surrogate (such as \\ud800), which is not text";

    private UnstorableText() {
    }

    /** What is wrong with the text, if anything. */
    static Optional<String> problem(CharSequence text) {
        if (NulText.in(text)) {
            return Optional.of(NulText.MESSAGE);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }
}
