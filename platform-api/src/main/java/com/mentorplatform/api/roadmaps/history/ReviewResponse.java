package com.mentorplatform.api.roadmaps.history;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A review point of a roadmap, with its author's name. */
@Serdeable
@MappedEntity("roadmap_reviews")
record ReviewResponse(@Id UUID id, LocalDate reviewedOn, String summary, String why, UUID authorId,
                             String authorName, Instant createdAt) {
}
