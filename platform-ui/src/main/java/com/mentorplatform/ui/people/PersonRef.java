package com.mentorplatform.ui.people;

import com.mentorplatform.client.model.PersonResponse;

/** A person as a choice in a list (e.g. someone's manager): who, by id, and how they are called. Equal by id. */
public record PersonRef(String id, String displayName) {

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonRef ref && id.equals(ref.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public static PersonRef of(PersonResponse person) {
        return new PersonRef(person.getId().toString(),
                PeopleClient.hasLeft(person) ? person.getDisplayName() + " (left)" : person.getDisplayName());
    }

    static PersonRef managerOf(PersonResponse person) {
        return person.getManagerId() == null ? null
                : new PersonRef(person.getManagerId().toString(), person.getManagerName());
    }
}
