package com.mentorplatform.api.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A mentor profile; {@code updatedAt} null means the person has not filled one in yet (all else empty). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MentorProfileResponse(UUID personId, List<RatedCompetency> competencies, List<String> languages,
                             @Nullable String timeZone, List<String> interests, @Nullable Integer hoursPerMonth,
                             @Nullable String bio, List<String> declinedTopics, @Nullable Instant updatedAt) {

    static MentorProfileResponse empty(UUID personId) {
        return new MentorProfileResponse(personId, List.of(), List.of(), null, List.of(), null, null, List.of(), null);
    }

    static MentorProfileResponse of(MentorProfileRow row, List<RatedCompetency> competencies) {
        return new MentorProfileResponse(row.personId(), competencies, List.of(row.languages()), row.timeZone(),
                List.of(row.interests()), row.hoursPerMonth(), row.bio(), List.of(row.declinedTopics()), row.updatedAt());
    }
}
