package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The writable fields of a competency: the body of {@code POST /api/competencies} and the document a
 * {@code PATCH} is merged into. {@code levelDescriptors} holds exactly five short texts, for levels 1 to 5.
 */
@Serdeable
@Introspected
record CompetencyRequest(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 120) String category,
        @Nullable @Size(max = 2000) String description,
        @NotNull @Size(min = 5, max = 5) List<@NotBlank @Size(max = 300) String> levelDescriptors) {

    static CompetencyRequest of(Competency c) {
        return new CompetencyRequest(c.name(), c.category(), c.description(), c.levelDescriptors());
    }
}
