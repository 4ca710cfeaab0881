package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.List;
import java.util.UUID;

/** A row of {@code competencies}; level1..level5 describe what each level of the scale looks like. */
@MappedEntity("competencies")
record Competency(UUID tenantId, @Id UUID id, String name, String category, @Nullable String description,
                  String level1, String level2, String level3, String level4, String level5) {

    List<String> levelDescriptors() {
        return List.of(level1, level2, level3, level4, level5);
    }
}
