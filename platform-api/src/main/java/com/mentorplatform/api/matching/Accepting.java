package com.mentorplatform.api.matching;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.pairs.NewPair;
import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Accepts a run's proposals, all or some, turning each into a PROPOSED pair. All or nothing: a
 * mentee who has meanwhile been paired, or a mentor whose places are taken, refuses the whole
 * accept and nothing changes.
 */
@Singleton
class Accepting {

    private final ProposalRepository proposals;
    private final DecisionRules rules;
    private final PairService pairs;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MatchingJson json;

    Accepting(ProposalRepository proposals, DecisionRules rules, PairService pairs, TenantScope tenantScope,
              AuditLog auditLog, MatchingJson json) {
        this.proposals = proposals;
        this.rules = rules;
        this.pairs = pairs;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.json = json;
    }

    /** Accepts every proposal of the run not yet accepted. */
    public AcceptResult acceptAll(Caller caller, UUID runId) {
        return accept(caller, runId, all -> all.stream().filter(p -> !p.accepted()).toList());
    }

    AcceptResult acceptSome(Caller caller, UUID runId, AcceptRequest request) {
        return accept(caller, runId, all -> chosen(all, request.proposalIds()));
    }

    private AcceptResult accept(Caller caller, UUID runId, Function<List<Proposal>, List<Proposal>> choose) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            DecisionRules.Scope scope = rules.finishedRun(tenantId, runId);
            List<Proposal> chosen = choose.apply(proposals.ofRun(tenantId, runId));
            checkPlaces(scope, chosen, pairs.openPairs(tenantId, scope.cohortId()));
            List<UUID> pairIds = pairs.createAll(tenantId, caller.personId(), chosen.stream()
                    .map(p -> new NewPair(scope.cohortId(), p.mentorId(), p.menteeId(), runId, p.id(), p.score(),
                            json.strings(p.reasons()))).toList());
            List<AcceptResult.AcceptedPair> made = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Proposal p = chosen.get(i);
                made.add(new AcceptResult.AcceptedPair(p.id(), pairIds.get(i), p.menteeId(), p.mentorId()));
            }
            proposals.acceptAll(tenantId, json.write(made.stream()
                    .map(m -> Map.of("id", m.proposalId().toString(), "pair_id", m.pairId().toString())).toList()));
            AcceptResult result = new AcceptResult(made.size(), made);
            auditLog.record(caller, "matching-run.accepted",
                    MatchingRunService.ENTITY, runId, null, result);
            return result;
        });
    }

    /** The proposals named, in the order given; each must be this run's, named once and not yet accepted. */
    private static List<Proposal> chosen(List<Proposal> all, List<UUID> ids) {
        Map<UUID, Proposal> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.id(), p));
        Set<UUID> seen = new HashSet<>();
        List<Problem.Violation> violations = new ArrayList<>();
        List<Proposal> chosen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Proposal p = byId.get(ids.get(i));
            String field = "proposalIds[" + i + "]";
            if (p == null) {
                violations.add(new Problem.Violation(field, "is not a proposal of this run"));
            } else if (!seen.add(p.id())) {
                violations.add(new Problem.Violation(field, "is listed more than once"));
            } else if (p.accepted()) {
                violations.add(new Problem.Violation(field, "is already accepted"));
            } else {
                chosen.add(p);
            }
        }
        ProblemException.throwIfAny(violations);
        return chosen;
    }

    /** Every mentee still enrolled and unpaired, every mentor still enrolled with a place for each new pair. */
    private static void checkPlaces(DecisionRules.Scope scope, List<Proposal> chosen, List<PairService.OpenPair> open) {
        Set<UUID> paired = new HashSet<>();
        Map<UUID, Integer> used = new HashMap<>();
        open.forEach(pair -> {
            paired.add(pair.menteeId());
            used.merge(pair.mentorId(), 1, Integer::sum);
        });
        for (Proposal p : chosen) {
            scope.requireMentee("proposalIds", p.menteeId());
            scope.requireMentor("proposalIds", p.mentorId());
            if (!paired.add(p.menteeId())) {
                throw ProblemType.MENTEE_ALREADY_PAIRED.exception(
                        p.menteeName() + " already has an open pair in this cohort",
                        List.of(new Problem.Violation("proposalIds", p.id() + " names a mentee who is already paired")));
            }
            int capacity = scope.cohort().capacityOf(p.mentorId());
            if (used.merge(p.mentorId(), 1, Integer::sum) > capacity) {
                throw DecisionRules.overCapacity("proposalIds", p.mentorName(), capacity);
            }
        }
    }
}
