package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** A competency as the API shows it; {@code levelDescriptors.get(0)} describes level 1. */
@Serdeable
record CompetencyResponse(UUID id, String name, String category, @Nullable String description,
                          List<String> levelDescriptors) {

    static CompetencyResponse of(Competency c) {
        return new CompetencyResponse(c.id(), c.name(), c.category(), c.description(), c.levelDescriptors());
    }
}
