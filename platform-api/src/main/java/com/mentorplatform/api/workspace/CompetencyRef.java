package com.mentorplatform.api.workspace;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A competency a record links to, with its name as the framework has it now. */
@Serdeable
public record CompetencyRef(UUID id, String name) {
}
