package com.mentorplatform.api.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A mentee profile; {@code updatedAt} null means the person has not filled one in yet (all else empty). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MenteeProfileResponse(UUID personId, @Nullable UUID targetRoleId, @Nullable String targetRoleName,
                             List<RatedCompetency> competencies, @Nullable String goals, List<String> languages,
                             @Nullable String timeZone, List<String> interests, List<String> topics,
                             List<UUID> preferredMentorIds, List<UUID> avoidPersonIds, @Nullable Instant updatedAt) {

    static MenteeProfileResponse empty(UUID personId) {
        return new MenteeProfileResponse(personId, null, null, List.of(), null, List.of(), null, List.of(), List.of(),
                List.of(), List.of(), null);
    }
}
