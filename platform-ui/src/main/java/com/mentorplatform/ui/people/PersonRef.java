package com.mentorplatform.ui.people;

import com.mentorplatform.ui.api.Person;

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

    public static PersonRef of(Person person) {
        return new PersonRef(person.id(), person.displayName());
    }

    static PersonRef managerOf(Person person) {
        return person.managerId() == null ? null : new PersonRef(person.managerId(), person.managerName());
    }
}
