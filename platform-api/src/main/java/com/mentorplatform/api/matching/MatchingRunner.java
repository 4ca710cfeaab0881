package com.mentorplatform.api.matching;

import com.mentorplatform.analytics.matching.ApprovedPair;
import com.mentorplatform.analytics.matching.CohortMatching;
import com.mentorplatform.analytics.matching.MatchingOptions;
import com.mentorplatform.analytics.matching.MatchingResult;
import com.mentorplatform.api.background.Leases;
import com.mentorplatform.api.matching.inputs.CohortInputs;
import com.mentorplatform.api.matching.inputs.MatchingInputs;
import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.programmes.CohortMatchingWeights;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Works a queued run on the matching executor (never the event loop): loads the cohort, scores and
 * optimises it, computes the greedy baseline for comparison and stores the proposals. Progress is
 * committed step by step so the run's status can be polled; any failure marks the run FAILED. From
 * the moment a run is accepted until it ends, this process holds its lease, so another replica can
 * tell a run in progress from one whose process stopped.
 */
@Singleton
class MatchingRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingRunner.class);

    private final RunRepository runs;
    private final ProposalRepository proposals;
    private final MatchingInputs inputs;
    private final PairService pairs;
    private final TenantScope tenantScope;
    private final MatchingJson json;
    private final ExecutorService executor;
    private final Leases leases;
    private final MatchingRunLeases runLeases;

    MatchingRunner(RunRepository runs, ProposalRepository proposals, MatchingInputs inputs, PairService pairs,
                   TenantScope tenantScope, MatchingJson json, @Named("matching") ExecutorService executor,
                   Leases leases, MatchingRunLeases runLeases) {
        this.runs = runs;
        this.proposals = proposals;
        this.inputs = inputs;
        this.pairs = pairs;
        this.tenantScope = tenantScope;
        this.json = json;
        this.executor = executor;
        this.leases = leases;
        this.runLeases = runLeases;
    }

    /** Queues the run; call after the transaction that created it has committed. */
    void submit(UUID tenantId, UUID runId) {
        Leases.Lease lease = leases.hold(runLeases, tenantId, runId);
        try {
            executor.execute(() -> {
                try (lease) {
                    workLeased(tenantId, runId);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // The process is stopping: the run stays QUEUED until the recovery pass fails it.
            lease.close();
            LOG.warn("Matching run {} not started: the API is stopping", runId);
        }
    }

    /** Works the run on the calling thread. */
    void work(UUID tenantId, UUID runId) {
        try (Leases.Lease ignored = leases.hold(runLeases, tenantId, runId)) {
            workLeased(tenantId, runId);
        }
    }

    private void workLeased(UUID tenantId, UUID runId) {
        long started = System.nanoTime();
        try {
            MatchingRun run = tenantScope.write(tenantId, () -> {
                runs.progress(tenantId, runId, RunStatus.RUNNING.name(), 10);
                return runs.find(tenantId, runId).orElseThrow();
            });
            Loaded loaded = tenantScope.read(tenantId, () -> new Loaded(inputs.load(tenantId, run.cohortId()),
                    run.keepApproved() ? pairs.openPairs(tenantId, run.cohortId()) : List.of()));
            progress(tenantId, runId, 30);
            long inputsRead = System.nanoTime();
            CohortMatchingWeights weights = json.weights(run.weights());
            CohortMatching matching = CohortMatching.prepare(loaded.cohort().mentors(), loaded.cohort().mentees(),
                    weights.toMatchingWeights(), options(run, weights, loaded));
            MatchingResult best = matching.optimise();
            long optimised = System.nanoTime();
            progress(tenantId, runId, 70);
            MatchingResult greedy = matching.greedyBaseline();
            tenantScope.write(tenantId, () -> {
                proposals.insertAll(tenantId, runId, json.write(RunResults.proposals(best, loaded.kept(), json)));
                proposals.insertUnmatched(tenantId, runId, json.write(RunResults.unmatched(best)));
                if (runs.succeeded(tenantId, runId, loaded.cohort().mentees().size(), loaded.cohort().mentors().size(),
                        total(best), total(greedy), best.method()) == 0) {
                    throw new IllegalStateException("the run was failed meanwhile (its lease expired)");
                }
                return null;
            });
            LOG.info("Matching run {}: {} mentees, loaded in {} ms, scored and optimised in {} ms, done in {} ms", runId,
                    loaded.cohort().mentees().size(), millis(started, inputsRead), millis(inputsRead, optimised),
                    millis(started, System.nanoTime()));
        } catch (RuntimeException e) {
            LOG.warn("Matching run {} failed", runId, e);
            tenantScope.write(tenantId, () -> {
                runs.failed(tenantId, runId, "Matching failed: " + e.getClass().getSimpleName());
                return null;
            });
        }
    }

    private void progress(UUID tenantId, UUID runId, int percent) {
        tenantScope.write(tenantId, () -> {
            runs.progress(tenantId, runId, RunStatus.RUNNING.name(), percent);
            return null;
        });
    }

    /** The run's options; kept pairs are those whose mentor and mentee are both still enrolled. */
    private static MatchingOptions options(MatchingRun run, CohortMatchingWeights weights, Loaded loaded) {
        List<ApprovedPair> kept = loaded.kept().stream()
                .filter(p -> loaded.cohort().isMentee(p.menteeId()) && loaded.cohort().isMentor(p.mentorId()))
                .map(p -> new ApprovedPair(p.menteeId().toString(), p.mentorId().toString())).toList();
        MatchingOptions options = MatchingOptions.defaults().withMinScore(run.minScore().doubleValue())
                .withApprovedPairs(kept);
        return Boolean.TRUE.equals(weights.requireSharedLanguage()) ? options.withSharedLanguageRequired() : options;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static BigDecimal total(MatchingResult result) {
        return BigDecimal.valueOf(result.totalScore()).setScale(4, RoundingMode.HALF_UP);
    }

    private record Loaded(CohortInputs cohort, List<PairService.OpenPair> kept) {
    }
}
