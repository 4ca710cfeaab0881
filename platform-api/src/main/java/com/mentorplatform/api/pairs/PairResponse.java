package com.mentorplatform.api.pairs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A pair with both people's names and, in {@code reasons}, why they were matched in plain words.
 *
 * @param source MATCHING when accepted from a matching run, MANUAL when assigned by hand
 * @param allowedTransitions the statuses the pair may move to next by {@code POST /api/pairs/{id}/transitions},
 *        by the API's own rule (empty once the pair has ended), so clients never copy the rule
 */
@Serdeable
public record PairResponse(UUID id, UUID cohortId, String cohortName, UUID mentorId, String mentorName,
                           UUID menteeId, String menteeName, String source, @Nullable UUID runId,
                           @Nullable UUID proposalId, PairStatus status, @Nullable BigDecimal score,
                           List<String> reasons, @Nullable @Schema(type = "string") EndReason endReason,
                           @Nullable String endNote,
                           Instant createdAt, Instant updatedAt,
                           // sent even when empty: an ended pair says so, rather than leaving the field out
                           @JsonInclude(JsonInclude.Include.ALWAYS) List<PairStatus> allowedTransitions) {

    static PairResponse of(Pair p, List<String> reasons) {
        return new PairResponse(p.id(), p.cohortId(), p.cohortName(), p.mentorId(), p.mentorName(), p.menteeId(),
                p.menteeName(), p.source(), p.runId(), p.proposalId(), p.status(), p.score(), reasons, p.endReason(),
                p.endNote(), p.createdAt(), p.updatedAt(), List.copyOf(p.status().allowedNext()));
    }
}
