package com.mentorplatform.api.paging;

import java.util.Locale;

/** LIKE patterns from user text: wildcards the user typed are matched literally. */
public final class Like {

    private Like() {
    }

    /** Escapes {@code \}, {@code %} and {@code _} for a LIKE with the default escape character. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A "contains, ignoring case" pattern, or null for no filter. */
    public static String containsPattern(String query) {
        return query == null || query.isBlank() ? null
                : "%" + escape(query.trim().toLowerCase(Locale.ROOT)) + "%";
    }
}
