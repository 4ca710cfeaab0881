package com.mentorplatform.ui.people;

import com.mentorplatform.client.model.PeoplePage;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.client.model.PersonStatus;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.paging.KeysetPage;
import java.util.List;
import java.util.Map;

/**
 * The tenant's directory at {@code /api/people}, read as the contract's {@link PersonResponse}. Other features
 * use it to name a person or pick one; HR's screens also create and correct people through it.
 */
public final class PeopleClient {

    private static final String PEOPLE = "/api/people";

    private final ApiClient api;

    public PeopleClient(ApiClient api) {
        this.api = api;
    }

    /** One page of the directory, {@code after} being the previous page's {@code next} (null for the first). */
    public KeysetPage<PersonResponse> page(PersonQuery query, int limit, String after) {
        PeoplePage page = api.get(PEOPLE + ApiPaths.query(Map.of(
                "q", ApiPaths.orEmpty(query.text()),
                "department", ApiPaths.orEmpty(query.department()),
                "limit", String.valueOf(limit),
                "after", ApiPaths.orEmpty(after))), PeoplePage.class);
        return new KeysetPage<>(page.getItems(), page.getNext());
    }

    public PersonResponse person(String id) {
        return api.get(PEOPLE + "/" + ApiPaths.encode(id), PersonResponse.class);
    }

    /** The directory's departments, sorted. */
    public List<String> departments() {
        return api.getList(PEOPLE + "/departments", String.class);
    }

    /** The directory's locations, sorted. */
    public List<String> locations() {
        return api.getList(PEOPLE + "/locations", String.class);
    }

    public PersonResponse create(PersonChange person) {
        return api.send("POST", PEOPLE, person, PersonResponse.class);
    }

    /** Applies a merge patch: only the fields present change; a present null clears the field. */
    public PersonResponse update(String id, PersonPatch patch) {
        return api.send("PATCH", PEOPLE + "/" + ApiPaths.encode(id), patch, PersonResponse.class);
    }

    /** Whether the person has left the organisation (the API's status LEFT). */
    public static boolean hasLeft(PersonResponse person) {
        return person.getStatus() == PersonStatus.LEFT;
    }
}
