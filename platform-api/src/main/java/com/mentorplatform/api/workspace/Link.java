package com.mentorplatform.api.workspace;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One row of a link table read back: the record ({@code ownerId}) and what it links to ({@code targetId}). */
@MappedEntity
public record Link(@Id UUID ownerId, UUID targetId) {
}
