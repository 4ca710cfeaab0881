package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.MenteeProfileRequest;
import com.mentorplatform.client.model.MenteeProfileResponse;
import com.mentorplatform.client.model.MentorProfileRequest;
import com.mentorplatform.client.model.MentorProfileResponse;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.people.PersonRef;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and replaces mentor and mentee profiles for one user, their own or (for HR) anyone's. */
final class ParticipantsClient {

    private final ApiClient api;

    ParticipantsClient(ApiClient api) {
        this.api = api;
    }

    MentorProfileResponse mentorProfile(ProfileOwner owner) {
        return api.get(owner.apiBase() + "/mentor-profile", MentorProfileResponse.class);
    }

    MentorProfileResponse saveMentorProfile(ProfileOwner owner, MentorProfileRequest change) {
        return api.send("PUT", owner.apiBase() + "/mentor-profile", change, MentorProfileResponse.class);
    }

    MenteeProfileResponse menteeProfile(ProfileOwner owner) {
        return api.get(owner.apiBase() + "/mentee-profile", MenteeProfileResponse.class);
    }

    MenteeProfileResponse saveMenteeProfile(ProfileOwner owner, MenteeProfileRequest change) {
        return api.send("PUT", owner.apiBase() + "/mentee-profile", change, MenteeProfileResponse.class);
    }

    /** The person with this id, or empty when the directory has none (a 404, whatever the reason). */
    Optional<PersonResponse> person(String id) {
        try {
            return Optional.of(new PeopleClient(api).person(id));
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** The people a profile names, with their names, in the order given; anyone since removed is left out. */
    List<PersonRef> people(List<UUID> ids) {
        return ids.stream().map(UUID::toString).map(this::person).flatMap(Optional::stream).map(PersonRef::of).toList();
    }
}
