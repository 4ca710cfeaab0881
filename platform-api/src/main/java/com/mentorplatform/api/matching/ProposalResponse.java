package com.mentorplatform.api.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A proposed pair: the score with its parts (each with value, weight and contribution), the top
 * reasons in plain words, the runner-up mentor and why it lost, and how much of the mentor's
 * capacity this run's proposals use.
 *
 * @param source OPTIMISER, KEPT (an existing pair the run kept) or MANUAL (assigned by hand)
 * @param status PROPOSED, or ACCEPTED once it became the pair {@code pairId}
 */
@Serdeable
record ProposalResponse(UUID id, UUID menteeId, String menteeName, UUID mentorId, String mentorName,
                        BigDecimal score, List<ScorePart> parts,
                        List<String> reasons, @Nullable @Schema(type = "object") RunnerUp runnerUp,
                        ProposalSource source, ProposalStatus status, @Nullable UUID pairId, int mentorCapacity, int capacityUsed) {

    /** The best other mentor for the mentee, and in plain words why it was not chosen. */
    @Serdeable
    record RunnerUp(UUID mentorId, String mentorName, BigDecimal score, String whyNotChosen) {
    }

    /**
     * One part of the score, as the run stored it: which component, its value in [0, 1], the cohort's
     * normalised weight of it, and what it added to the score ({@code value * weight}).
     *
     * @param component GAP_COVERAGE, SENIORITY, DEPARTMENT, LANGUAGE, TIME_ZONE, INTERESTS, PREFERENCE or
     *                  AVAILABILITY
     * @param label     the component in plain words
     */
    @Serdeable
    @Schema(name = "ScorePart")
    record ScorePart(String component, String label, BigDecimal value, BigDecimal weight, BigDecimal contribution) {
    }

    static ProposalResponse of(Proposal p, MatchingJson json) {
        RunnerUp runnerUp = p.runnerUpId() == null ? null
                : new RunnerUp(p.runnerUpId(), p.runnerUpName(), p.runnerUpScore(), p.runnerUpWhy());
        return new ProposalResponse(p.id(), p.menteeId(), p.menteeName(), p.mentorId(), p.mentorName(), p.score(),
                json.scoreParts(p.parts()), json.strings(p.reasons()), runnerUp, p.source(), p.status(), p.pairId(),
                p.mentorCapacity(), p.capacityUsed());
    }
}
