package com.mentorplatform.ui.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Serves the offset/limit windows Vaadin asks for from the API's keyset pages. For each query it remembers
 * the cursor at every offset a page started, so a window is fetched from the nearest known cursor (usually
 * one API call) instead of walking from the first page. Queries must be value objects (records).
 */
public final class KeysetPages<Q, T> {

    /** The API's largest page. */
    public static final int MAX_PAGE = 200;
    private static final int REMEMBERED_QUERIES = 8;

    private final PageSource<Q, T> source;
    private final Map<Q, NavigableMap<Integer, String>> cursors =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Q, NavigableMap<Integer, String>> eldest) {
                    return size() > REMEMBERED_QUERIES;
                }
            };

    public KeysetPages(PageSource<Q, T> source) {
        this.source = source;
    }

    /** The items at positions {@code offset} to {@code offset + limit - 1} of the query's results. */
    public List<T> fetch(Q query, int offset, int limit) {
        NavigableMap<Integer, String> known = cursorsOf(query);
        Map.Entry<Integer, String> start = known.floorEntry(offset);
        int position = start.getKey();
        String cursor = start.getValue();
        int end = (int) Math.min((long) offset + limit, Integer.MAX_VALUE);
        List<T> window = new ArrayList<>(Math.min(limit, MAX_PAGE));
        while (position < end) {
            KeysetPage<T> page = source.page(query, Math.min(MAX_PAGE, end - position), cursor);
            List<T> items = page.items();
            int skip = Math.max(0, offset - position);
            items.stream().skip(skip).limit((long) end - position - skip).forEach(window::add);
            position += items.size();
            if (!page.hasNext() || items.isEmpty()) {
                break;
            }
            cursor = page.next();
            known.put(position, cursor);
        }
        return window;
    }

    /** {@link #fetch} as a stream, the shape a grid's lazy data provider wants. */
    public Stream<T> stream(Q query, int offset, int limit) {
        return fetch(query, offset, limit).stream();
    }

    /** Drops every remembered cursor, e.g. after an item was added and positions shifted. */
    public void forget() {
        cursors.clear();
    }

    private NavigableMap<Integer, String> cursorsOf(Q query) {
        return cursors.computeIfAbsent(query, first -> {
            NavigableMap<Integer, String> map = new TreeMap<>();
            map.put(0, null);
            return map;
        });
    }
}
