package com.mentorplatform.ui.api;

import com.mentorplatform.ui.paging.KeysetPage;
import java.util.List;

/** One keyset page of the directory: {@code next} is the opaque cursor of the following page, or null at the end. */
public record PersonPage(List<Person> items, String next) {

    public PersonPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether another page follows this one. */
    public boolean hasNext() {
        return next != null && !next.isEmpty();
    }

    /** This page in the shape lazy grids page through. */
    public KeysetPage<Person> keyset() {
        return new KeysetPage<>(items, next);
    }
}
