package com.mentorplatform.api.journal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code journal_entries}; a search hit also carries its rank and a highlighted snippet of the
 * body (HTML-escaped, matches in {@code <mark>}).
 */
@MappedEntity("journal_entries")
record JournalRow(UUID tenantId, @Id UUID id, UUID menteeId, LocalDate entryOn, String title, String body,
                  boolean shared, Instant createdAt, Instant updatedAt, @Nullable Float rank, @Nullable String snippet) {
}
