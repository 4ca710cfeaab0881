package com.mentorplatform.ui.paging;

/** Reads one keyset page of {@code query}'s results: at most {@code limit} items after {@code after} (null: from the start). */
@FunctionalInterface
public interface PageSource<Q, T> {

    KeysetPage<T> page(Q query, int limit, String after);
}
