package com.mentorplatform.api.matching;

import com.mentorplatform.analytics.matching.PairScore;
import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.pairs.NewPair;
import com.mentorplatform.api.pairs.PairResponse;
import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * Gives the mentee of an ended pair a new mentor by hand: a new PROPOSED pair in the same cohort,
 * scored and explained with the cohort's weights, within the hard rules and the mentor's capacity.
 */
@Singleton
class Rematching {

    private final PairService pairs;
    private final DecisionRules rules;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;

    Rematching(PairService pairs, DecisionRules rules, TenantScope tenantScope, AuditLog auditLog) {
        this.pairs = pairs;
        this.rules = rules;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
    }

    PairResponse rematch(Caller caller, UUID pairId, RematchRequest request) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            PairResponse ended = pairs.find(tenantId, pairId);
            if (ended.status().isOpen()) {
                throw ProblemType.PAIR_STILL_OPEN.exception(
                        "Only the mentee of a completed or ended pair is rematched");
            }
            DecisionRules.Scope scope = rules.cohort(tenantId, ended.cohortId());
            if (!scope.cohort().isMentee(ended.menteeId())) {
                throw ProblemType.MENTEE_WITHDRAWN.exception(
                        ended.menteeName() + " has been withdrawn from the cohort");
            }
            scope.requireMentor("mentorId", request.mentorId());
            List<PairService.OpenPair> open = pairs.openPairs(tenantId, ended.cohortId());
            if (open.stream().anyMatch(p -> p.menteeId().equals(ended.menteeId()))) {
                throw ProblemType.MENTEE_ALREADY_PAIRED.exception(
                        ended.menteeName() + " already has an open pair in this cohort");
            }
            int capacity = scope.cohort().capacityOf(request.mentorId());
            if (open.stream().filter(p -> p.mentorId().equals(request.mentorId())).count() >= capacity) {
                throw DecisionRules.overCapacity("mentorId", scope.cohort().nameOf(request.mentorId()), capacity);
            }
            PairScore score = scope.matching().explain(ended.menteeId().toString(), request.mentorId().toString());
            score.blockedBy().ifPresent(rule -> {
                throw DecisionRules.hardRule("mentorId", rule);
            });
            UUID id = pairs.create(tenantId, caller.personId(), new NewPair(ended.cohortId(), request.mentorId(),
                    ended.menteeId(), null, null, BigDecimal.valueOf(score.score()).setScale(4, RoundingMode.HALF_UP),
                    score.reasons()));
            PairResponse rematched = pairs.find(tenantId, id);
            auditLog.record(caller, "pair.rematched", "pair", id,
                    ended, rematched);
            return rematched;
        });
    }
}
