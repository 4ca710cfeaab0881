package com.mentorplatform.api.matching;

import com.mentorplatform.analytics.matching.ApprovedPair;
import com.mentorplatform.analytics.matching.PairScore;
import com.mentorplatform.analytics.matching.SwapEvaluation;
import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * HR's changes to a run's proposals before accepting: swapping two mentees' mentors and assigning a
 * mentee by hand. Each keeps the hard rules and capacities, is audited, and changes nothing when refused.
 */
@Singleton
class Reassigning {

    private static final String FIRST = "firstProposalId";
    private static final String SECOND = "secondProposalId";

    private final ProposalRepository proposals;
    private final DecisionRules rules;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MatchingJson json;

    Reassigning(ProposalRepository proposals, DecisionRules rules, TenantScope tenantScope, AuditLog auditLog,
                MatchingJson json) {
        this.proposals = proposals;
        this.rules = rules;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.json = json;
    }

    public SwapResponse swap(Caller caller, UUID runId, SwapRequest request) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            DecisionRules.Scope scope = rules.finishedRun(tenantId, runId);
            Proposal first = open(tenantId, scope, FIRST, request.firstProposalId());
            Proposal second = open(tenantId, scope, SECOND, request.secondProposalId());
            if (first.id().equals(second.id()) || first.mentorId().equals(second.mentorId())) {
                throw ProblemException.invalidField(SECOND, "must have a different mentor than firstProposalId");
            }
            List.of(first, second).forEach(p -> {
                scope.requireMentee(p == first ? FIRST : SECOND, p.menteeId());
                scope.requireMentor(p == first ? FIRST : SECOND, p.mentorId());
            });
            SwapEvaluation swap = scope.matching().evaluateSwap(List.of(pairOf(first), pairOf(second)),
                    first.menteeId().toString(), second.menteeId().toString());
            swap.brokenRule().ifPresent(rule -> {
                throw DecisionRules.hardRule(SECOND, rule);
            });
            reassign(tenantId, first.id(), second.mentorId(), swap.firstNewPair());
            reassign(tenantId, second.id(), first.mentorId(), swap.secondNewPair());
            SwapResponse result = new SwapResponse(BigDecimal.valueOf(swap.scoreChange()).setScale(4, RoundingMode.HALF_UP),
                    response(tenantId, first.id()), response(tenantId, second.id()));
            auditLog.record(caller, "matching-run.swapped", MatchingRunService.ENTITY, runId,
                    Map.of("first", ProposalResponse.of(first, json), "second", ProposalResponse.of(second, json)),
                    result);
            return result;
        });
    }

    ProposalResponse assign(Caller caller, UUID runId, AssignRequest request) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            DecisionRules.Scope scope = rules.finishedRun(tenantId, runId);
            scope.requireMentee("menteeId", request.menteeId());
            scope.requireMentor("mentorId", request.mentorId());
            List<Proposal> all = proposals.ofRun(tenantId, runId);
            Optional<Proposal> current = all.stream().filter(p -> p.menteeId().equals(request.menteeId())).findFirst();
            if (current.filter(Proposal::accepted).isPresent()) {
                throw accepted();
            }
            int capacity = scope.cohort().capacityOf(request.mentorId());
            long used = all.stream().filter(p -> p.mentorId().equals(request.mentorId())
                    && !p.menteeId().equals(request.menteeId())).count();
            if (used >= capacity) {
                throw DecisionRules.overCapacity("mentorId", scope.cohort().nameOf(request.mentorId()), capacity);
            }
            PairScore score = scope.matching().explain(request.menteeId().toString(), request.mentorId().toString());
            score.blockedBy().ifPresent(rule -> {
                throw DecisionRules.hardRule("mentorId", rule);
            });
            UUID id = current.map(Proposal::id).orElseGet(() -> insertManual(tenantId, runId, score));
            current.ifPresent(p -> reassign(tenantId, p.id(), request.mentorId(), score));
            proposals.deleteUnmatched(tenantId, runId, request.menteeId());
            ProposalResponse after = response(tenantId, id);
            auditLog.record(caller, "matching-run.assigned", MatchingRunService.ENTITY, runId,
                    current.map(p -> ProposalResponse.of(p, json)).orElse(null), after);
            return after;
        });
    }

    /** A proposal of this run still open to change; another cohort's or run's proposal is a 400 naming the field. */
    private Proposal open(UUID tenantId, DecisionRules.Scope scope, String field, UUID id) {
        ProposalOwner owner = proposals.ownerOf(tenantId, id).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Proposal"));
        if (!owner.cohortId().equals(scope.cohortId())) {
            throw ProblemException.invalidField(field, "belongs to another cohort; swaps stay within one cohort");
        }
        if (!owner.runId().equals(scope.run().id())) {
            throw ProblemException.invalidField(field, "belongs to another matching run of this cohort");
        }
        Proposal proposal = proposals.find(tenantId, id).orElseThrow(() -> ProblemException.notFound("Proposal"));
        if (proposal.accepted()) {
            throw accepted();
        }
        return proposal;
    }

    private void reassign(UUID tenantId, UUID proposalId, UUID mentorId, PairScore score) {
        proposals.reassign(tenantId, proposalId, mentorId, decimal(score.score()), json.write(json.parts(score.parts())),
                json.write(score.reasons()));
    }

    private UUID insertManual(UUID tenantId, UUID runId, PairScore score) {
        UUID id = UUID.randomUUID();
        proposals.insertAll(tenantId, runId, json.write(List.of(Map.of("id", id.toString(),
                "mentee_id", score.menteeId(), "mentor_id", score.mentorId(), "score", MatchingJson.round(score.score()),
                "parts", json.parts(score.parts()), "reasons", score.reasons(), "source", "MANUAL",
                "status", "PROPOSED"))));
        return id;
    }

    private ProposalResponse response(UUID tenantId, UUID proposalId) {
        return ProposalResponse.of(proposals.find(tenantId, proposalId).orElseThrow(), json);
    }

    private static ApprovedPair pairOf(Proposal p) {
        return new ApprovedPair(p.menteeId().toString(), p.mentorId().toString());
    }

    private static BigDecimal decimal(double score) {
        return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP);
    }

    private static ProblemException accepted() {
        return ProblemType.PROPOSAL_ACCEPTED.exception("An accepted proposal is a pair now; change the pair instead");
    }
}
