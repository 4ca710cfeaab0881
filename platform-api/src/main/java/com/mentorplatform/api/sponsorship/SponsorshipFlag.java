package com.mentorplatform.api.sponsorship;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A sponsorship flag as its readers see it, with the cohort's and both people's names.
 *
 * @param mentorId    the mentor who raised the flag (always the pair's mentor)
 * @param withdrawnAt when the mentor or HR withdrew it; null while it is open
 */
@Serdeable
@MappedEntity
public record SponsorshipFlag(@Id UUID id, UUID pairId, UUID cohortId, String cohortName, UUID menteeId,
                              String menteeName, UUID mentorId, String mentorName, FlagKind kind, String note,
                              Instant createdAt, @Nullable Instant withdrawnAt) {

    /** Whether the flag still stands. */
    public boolean open() {
        return withdrawnAt == null;
    }
}
