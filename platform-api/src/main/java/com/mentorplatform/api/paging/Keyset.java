package com.mentorplatform.api.paging;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset listing. A repository is asked for {@link #rowsFor(int)} rows, one more than the page shows:
 * the extra row is never shown, it only says that a next page exists, and the cursor after the last shown row is
 * that page's {@code after}.
 */
public record Keyset<T>(List<T> items, @Nullable String next) {

    /** How many rows to read for a page of {@code limit}. */
    public static int rowsFor(int limit) {
        return limit + 1;
    }

    /** The page of {@code rows} (read with {@link #rowsFor}), and the cursor after its last row if more follow. */
    public static <T> Keyset<T> of(List<T> rows, int limit, Function<T, String> cursorAfter) {
        boolean more = rows.size() > limit;
        List<T> shown = more ? rows.subList(0, limit) : rows;
        return new Keyset<>(List.copyOf(shown), more ? cursorAfter.apply(shown.get(shown.size() - 1)) : null);
    }

    /** The same page with each item turned into what the response shows. */
    public <R> Keyset<R> map(Function<T, R> shown) {
        return new Keyset<>(items.stream().map(shown).toList(), next);
    }
}
