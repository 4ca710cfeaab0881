package com.mentorplatform.ui.people;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.Person;
import com.mentorplatform.ui.api.PersonPage;
import com.mentorplatform.ui.api.PersonQuery;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Serves the offset/limit windows Vaadin asks for from the API's keyset pages. For each query it remembers
 * the cursor at every offset a page started, so a window is fetched from the nearest known cursor (usually
 * one API call) instead of walking from the first page.
 */
public final class PeoplePages {

    /** The API's largest page. */
    static final int MAX_PAGE = 200;
    private static final int REMEMBERED_QUERIES = 8;

    private final ApiClient api;
    private final Map<PersonQuery, NavigableMap<Integer, String>> cursors =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PersonQuery, NavigableMap<Integer, String>> eldest) {
                    return size() > REMEMBERED_QUERIES;
                }
            };

    public PeoplePages(ApiClient api) {
        this.api = api;
    }

    /** A choice of anyone in the directory (a manager, a preferred mentor) by name, paged like the grid. */
    public FetchCallback<PersonRef, String> nameSearch() {
        return query -> fetch(new PersonQuery(query.getFilter().orElse(null), null), query.getOffset(),
                query.getLimit()).stream().map(PersonRef::of);
    }

    /** The people at positions {@code offset} to {@code offset + limit - 1} of the query's results. */
    List<Person> fetch(PersonQuery query, int offset, int limit) {
        NavigableMap<Integer, String> known = cursorsOf(query);
        Map.Entry<Integer, String> start = known.floorEntry(offset);
        int position = start.getKey();
        String cursor = start.getValue();
        int end = (int) Math.min((long) offset + limit, Integer.MAX_VALUE);
        List<Person> window = new ArrayList<>(Math.min(limit, MAX_PAGE));
        while (position < end) {
            PersonPage page = api.people(query, Math.min(MAX_PAGE, end - position), cursor);
            List<Person> items = page.items();
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

    /** Drops every remembered cursor, e.g. after a person was added and positions shifted. */
    void forget() {
        cursors.clear();
    }

    private NavigableMap<Integer, String> cursorsOf(PersonQuery query) {
        return cursors.computeIfAbsent(query, first -> {
            NavigableMap<Integer, String> map = new TreeMap<>();
            map.put(0, null);
            return map;
        });
    }
}
