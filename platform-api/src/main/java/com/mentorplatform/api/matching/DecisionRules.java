package com.mentorplatform.api.matching;

import com.mentorplatform.analytics.matching.CohortMatching;
import com.mentorplatform.analytics.matching.HardRule;
import com.mentorplatform.analytics.matching.MatchingOptions;
import com.mentorplatform.api.matching.inputs.CohortInputs;
import com.mentorplatform.api.matching.inputs.MatchingInputs;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.programmes.CohortMatchingWeights;
import com.mentorplatform.api.programmes.Cohorts;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * What every decision on a run or pair starts from, inside its tenant transaction: the cohort locked
 * (so capacity checks and writes on one cohort take turns), its enrolled participants, and a scorer
 * with the weights in force to explain any pair or name the hard rule it breaks.
 */
@Singleton
class DecisionRules {

    private final RunRepository runs;
    private final Cohorts cohorts;
    private final MatchingInputs inputs;
    private final MatchingJson json;

    DecisionRules(RunRepository runs, Cohorts cohorts, MatchingInputs inputs, MatchingJson json) {
        this.runs = runs;
        this.cohorts = cohorts;
        this.inputs = inputs;
        this.json = json;
    }

    /** A finished run with its cohort locked and scored with the run's weights; 404 or 409 otherwise. */
    Scope finishedRun(UUID tenantId, UUID runId) {
        MatchingRun found = runs.find(tenantId, runId).orElseThrow(MatchingRunService::notFound);
        cohorts.lockSeats(tenantId, found.cohortId());
        MatchingRun run = runs.lock(tenantId, runId).orElseThrow(MatchingRunService::notFound);
        if (run.status() != RunStatus.SUCCEEDED) {
            throw ProblemType.RUN_NOT_FINISHED.exception(
                    "Decisions are made on a run that has SUCCEEDED; this one is " + run.status());
        }
        return scope(tenantId, run.cohortId(), json.weights(run.weights()), run);
    }

    /** The cohort locked and scored with its own current weights. */
    Scope cohort(UUID tenantId, UUID cohortId) {
        cohorts.lockSeats(tenantId, cohortId);
        return scope(tenantId, cohortId, cohorts.matchingWeights(tenantId, cohortId), null);
    }

    private Scope scope(UUID tenantId, UUID cohortId, CohortMatchingWeights weights, MatchingRun run) {
        return new Scope(run, cohortId, inputs.load(tenantId, cohortId), weights);
    }

    /** A locked cohort's participants and weights; {@code run} is null for decisions outside a run. */
    record Scope(MatchingRun run, UUID cohortId, CohortInputs cohort, CohortMatchingWeights weights) {

        /** Scores the whole cohort (a few hundred milliseconds for 500 × 200): call once, and only to explain pairs. */
        CohortMatching matching() {
            MatchingOptions options = Boolean.TRUE.equals(weights.requireSharedLanguage())
                    ? MatchingOptions.defaults().withSharedLanguageRequired() : MatchingOptions.defaults();
            return CohortMatching.prepare(cohort.mentors(), cohort.mentees(), weights.toMatchingWeights(), options);
        }

        void requireMentee(String field, UUID personId) {
            if (!cohort.isMentee(personId)) {
                throw ProblemException.invalidField(field, "is not a mentee enrolled in this cohort");
            }
        }

        void requireMentor(String field, UUID personId) {
            if (!cohort.isMentor(personId)) {
                throw ProblemException.invalidField(field, "is not a mentor enrolled in this cohort");
            }
        }
    }

    /** A 400 saying which hard rule the change would break. */
    static ProblemException hardRule(String field, HardRule rule) {
        return ProblemType.HARD_RULE_BROKEN.exception(rule.description(),
                List.of(new Problem.Violation(field, rule.name() + ": " + rule.description())));
    }

    /** A 400 naming the mentor who has no place left. */
    static ProblemException overCapacity(String field, String mentorName, int capacity) {
        return ProblemType.MENTOR_OVER_CAPACITY.exception(
                mentorName + " takes " + capacity + " mentee(s) in this cohort and every place is used",
                List.of(new Problem.Violation(field, "has no place left: capacity " + capacity + " is used")));
    }
}
