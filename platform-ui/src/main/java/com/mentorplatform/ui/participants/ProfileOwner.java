package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiPaths;

/**
 * Whose profile a screen shows: the signed-in participant's own ({@code /api/me/...}) or, for HR, a person of
 * the directory ({@code /api/people/{id}/...}).
 */
record ProfileOwner(String apiBase, String personName) {

    static ProfileOwner me() {
        return new ProfileOwner("/api/me", null);
    }

    static ProfileOwner person(PersonResponse person) {
        return new ProfileOwner("/api/people/" + ApiPaths.encode(person.getId().toString()), person.getDisplayName());
    }

    boolean isMe() {
        return personName == null;
    }

    /** "My mentor profile", or "Mentor profile of Ana Lima" for HR. */
    String title(String kind) {
        return isMe() ? "My " + kind + " profile"
                : Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " profile of " + personName;
    }
}
