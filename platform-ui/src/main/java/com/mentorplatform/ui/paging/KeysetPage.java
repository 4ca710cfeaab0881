package com.mentorplatform.ui.paging;

import java.util.List;
import java.util.function.Function;

/** One keyset page as a feature client read it: the items and the cursor of the next page (null at the end). */
public record KeysetPage<T>(List<T> items, String next) {

    public KeysetPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether another page follows this one. */
    public boolean hasNext() {
        return next != null && !next.isEmpty();
    }

    /** The same page with every item converted. */
    public <R> KeysetPage<R> map(Function<? super T, ? extends R> conversion) {
        return new KeysetPage<>(items.stream().<R>map(conversion).toList(), next);
    }
}
