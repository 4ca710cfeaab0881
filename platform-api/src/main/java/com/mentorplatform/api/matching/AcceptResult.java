package com.mentorplatform.api.matching;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** What an accept did: the pairs it created, one per accepted proposal. */
@Serdeable
record AcceptResult(int accepted, List<AcceptedPair> pairs) {

    /** A proposal and the PROPOSED pair made from it. */
    @Serdeable
    public record AcceptedPair(UUID proposalId, UUID pairId, UUID menteeId, UUID mentorId) {
    }
}
