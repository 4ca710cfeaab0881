package com.mentorplatform.api.matching;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.paging.NameCursor;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.programmes.CohortMatchingWeights;
import com.mentorplatform.api.programmes.Cohorts;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Starts matching runs (HR only) and reads them back: the run with its totals, a cohort's runs for
 * comparison, the proposals page by page and the mentees left unmatched.
 */
@Singleton
class MatchingRunService {

    static final String ENTITY = "matching-run";
    static final int DEFAULT_PAGE_SIZE = 50;

    private final RunRepository runs;
    private final ProposalRepository proposals;
    private final Cohorts cohorts;
    private final MatchingRunner runner;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MatchingJson json;

    MatchingRunService(RunRepository runs, ProposalRepository proposals, Cohorts cohorts, MatchingRunner runner,
                       TenantScope tenantScope, AuditLog auditLog, MatchingJson json) {
        this.runs = runs;
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.runner = runner;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.json = json;
    }

    /** Queues a run for the cohort and returns it at once (QUEUED); the matching executor works it. */
    RunResponse start(Caller caller, UUID cohortId, RunRequest request) {
        RunResponse queued = queue(caller, cohortId, request);
        runner.submit(caller.tenantId(), queued.id());
        return queued;
    }

    /** Runs matching for the cohort on the calling thread and returns the finished run (for seeding). */
    public UUID runNow(Caller caller, UUID cohortId) {
        UUID id = queue(caller, cohortId, RunRequest.defaults()).id();
        runner.work(caller.tenantId(), id);
        return id;
    }

    private RunResponse queue(Caller caller, UUID cohortId, RunRequest request) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            if (!cohorts.seats(tenantId, cohortId).status().acceptsEnrolmentChanges()) {
                throw ProblemType.COHORT_FINISHED.exception(
                        "A finished cohort keeps its pairs; matching it again is not possible");
            }
            CohortMatchingWeights weights = cohorts.matchingWeights(tenantId, cohortId);
            if (request.weights() != null) {
                weights = weights.overriddenBy(request.weights());
            }
            if (!weights.anyPositive()) {
                throw ProblemException.invalidField("weights", "at least one weight must be above zero");
            }
            UUID id = UUID.randomUUID();
            runs.insert(tenantId, id, cohortId, caller.personId(),
                    request.minScore() == null ? BigDecimal.ZERO : request.minScore(),
                    request.keepApprovedPairs() == null || request.keepApprovedPairs(), json.write(weights));
            RunResponse queued = response(load(tenantId, id));
            auditLog.record(caller, "matching-run.requested",
                    ENTITY, id, null, queued);
            return queued;
        });
    }

    RunResponse get(Caller caller, UUID runId) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> response(load(caller.tenantId(), runId)));
    }

    /** The cohort's runs, newest first. */
    List<RunResponse> ofCohort(Caller caller, UUID cohortId) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> {
            cohorts.seats(caller.tenantId(), cohortId);
            return runs.ofCohort(caller.tenantId(), cohortId).stream().map(this::response).toList();
        });
    }

    public ProposalPage proposals(Caller caller, UUID runId, int limit, @Nullable String after) {
        HrOnly.require(caller);
        NameCursor cursor = NameCursor.decode(after);
        List<Proposal> rows = tenantScope.read(caller.tenantId(), () -> {
            load(caller.tenantId(), runId);
            return proposals.page(caller.tenantId(), runId, NameCursor.name(cursor), NameCursor.id(cursor),
                    Keyset.rowsFor(limit));
        });
        Keyset<ProposalResponse> page = Keyset.of(rows, limit,
                last -> new NameCursor(last.menteeName(), last.id()).encode()).map(p -> ProposalResponse.of(p, json));
        return new ProposalPage(page.items(), page.next());
    }

    List<Unmatched> unmatched(Caller caller, UUID runId) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> {
            load(caller.tenantId(), runId);
            return proposals.unmatched(caller.tenantId(), runId);
        });
    }

    private MatchingRun load(UUID tenantId, UUID runId) {
        return runs.find(tenantId, runId).orElseThrow(MatchingRunService::notFound);
    }

    RunResponse response(MatchingRun run) {
        return RunResponse.of(run, json.weights(run.weights()));
    }

    static ProblemException notFound() {
        return ProblemException.notFound("Matching run");
    }
}
