package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** A role profile with its requirements, each named, in competency-name order. */
@Serdeable
record RoleProfileResponse(UUID id, String name, String family, int level, @Nullable String description,
                           List<Requirement> requirements) {

    static RoleProfileResponse of(RoleProfile p, List<RequirementRow> rows) {
        return new RoleProfileResponse(p.id(), p.name(), p.family(), p.level(), p.description(),
                rows.stream().map(r -> new Requirement(r.competencyId(), r.competencyName(), r.level())).toList());
    }

    /** The level required in one competency. */
    @Serdeable
    record Requirement(UUID competencyId, String competencyName, int level) {
    }
}
