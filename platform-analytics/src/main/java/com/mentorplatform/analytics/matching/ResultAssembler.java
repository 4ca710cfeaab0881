package com.mentorplatform.analytics.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns an assignment (mentor per mentee) into explained proposals and unmatched mentees. */
final class ResultAssembler {

    private final CompactCohort cohort;
    private final ScoreMatrix matrix;
    private final PairExplainer explainer;
    private final OpenProblem problem;

    ResultAssembler(CompactCohort cohort, ScoreMatrix matrix, PairExplainer explainer, OpenProblem problem) {
        this.cohort = cohort;
        this.matrix = matrix;
        this.explainer = explainer;
        this.problem = problem;
    }

    /**
     * @param mentorOf per mentee, its mentor (kept or chosen) or -1
     * @param kept     per mentee, whether its pair was an approved pair kept as it was
     */
    MatchingResult assemble(int[] mentorOf, boolean[] kept, List<PairScore> rejected, String method, long candidatePairs) {
        int[] load = new int[cohort.mentorCount()];
        for (int mentor : mentorOf) {
            if (mentor >= 0) {
                load[mentor]++;
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        List<UnmatchedMentee> unmatched = new ArrayList<>();
        long totalScaled = 0;
        for (int e = 0; e < cohort.menteeCount(); e++) {
            if (mentorOf[e] >= 0) {
                proposals.add(proposal(e, mentorOf[e], kept[e], load));
                totalScaled += matrix.get(e, mentorOf[e]);
            } else {
                unmatched.add(unmatched(e, load));
            }
        }
        return new MatchingResult(proposals, unmatched, rejected, totalScaled / (double) PairScorer.SCALE,
                method, candidatePairs);
    }

    private Proposal proposal(int mentee, int mentor, boolean kept, int[] load) {
        PairScore pair = explainer.explain(mentee, mentor);
        return new Proposal(pair.menteeId(), pair.mentorId(), pair.score(), pair.parts(), pair.reasons(), kept,
                runnerUp(mentee, mentor, load));
    }

    private Optional<Proposal.RunnerUp> runnerUp(int mentee, int chosen, int[] load) {
        int best = -1;
        for (int m = 0; m < matrix.mentors; m++) {
            int score = matrix.get(mentee, m);
            if (m != chosen && score >= problem.minScore() && (best < 0 || score > matrix.get(mentee, best))) {
                best = m;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        String why = whyNotChosen(mentee, chosen, best, load);
        return Optional.of(new Proposal.RunnerUp(cohort.mentors.get(best).personId(),
                PairExplainer.toScore(matrix.get(mentee, best)), why));
    }

    private String whyNotChosen(int mentee, int chosen, int runnerUp, int[] load) {
        int chosenScore = matrix.get(mentee, chosen);
        int runnerScore = matrix.get(mentee, runnerUp);
        if (runnerScore > chosenScore) {
            String comparison = String.format("scored higher (%.3f vs %.3f) ", runnerScore / (double) PairScorer.SCALE,
                    chosenScore / (double) PairScorer.SCALE);
            return load[runnerUp] >= cohort.mentorCapacity[runnerUp]
                    ? comparison + "but all " + cohort.mentorCapacity[runnerUp] + " places went to mentees it suited better overall"
                    : comparison + "but was not among this mentee's candidate pairs (pruned for speed)";
        }
        if (runnerScore == chosenScore) {
            return "scored the same; either would do";
        }
        double[] chosenParts = explainer.partValues(mentee, chosen);
        double[] runnerParts = explainer.partValues(mentee, runnerUp);
        ScoreComponent weaker = explainer.largestAdvantage(chosenParts, runnerParts);
        return String.format("scored %.3f lower, mostly on %s (%.2f vs %.2f)",
                (chosenScore - runnerScore) / (double) PairScorer.SCALE, weaker.label(),
                runnerParts[weaker.ordinal()], chosenParts[weaker.ordinal()]);
    }

    private UnmatchedMentee unmatched(int mentee, int[] load) {
        String id = cohort.mentees.get(mentee).personId();
        MentorSurvey survey = survey(mentee, load);
        if (matrix.mentors == 0) {
            return new UnmatchedMentee(id, UnmatchedMentee.Reason.NO_ALLOWED_MENTOR, "the cohort has no mentors");
        }
        if (survey.bestAllowed < 0) {
            return new UnmatchedMentee(id, UnmatchedMentee.Reason.NO_ALLOWED_MENTOR,
                    "every mentor is blocked by a hard rule: " + describeCounts(survey.blockedByRule));
        }
        if (survey.suitable == 0) {
            return new UnmatchedMentee(id, UnmatchedMentee.Reason.BELOW_MIN_SCORE, String.format(
                    "the best allowed mentor scores %.3f, below the cohort minimum of %.3f",
                    survey.bestAllowed / (double) PairScorer.SCALE, problem.minScore() / (double) PairScorer.SCALE));
        }
        String explanation = survey.suitable + " mentors score at least the minimum, but their places went to mentees they suited better overall";
        if (survey.suitableWithPlaces > 0) {
            explanation += "; " + survey.suitableWithPlaces + " of them still have places but were pruned from this mentee's candidates";
        }
        return new UnmatchedMentee(id, UnmatchedMentee.Reason.MENTORS_AT_CAPACITY, explanation);
    }

    /** What one mentee's row of the matrix says about their options. */
    private static final class MentorSurvey {
        final Map<HardRule, Integer> blockedByRule = new EnumMap<>(HardRule.class);
        int bestAllowed = -1;
        int suitable;
        int suitableWithPlaces;
    }

    private MentorSurvey survey(int mentee, int[] load) {
        MentorSurvey survey = new MentorSurvey();
        for (int m = 0; m < matrix.mentors; m++) {
            int score = matrix.get(mentee, m);
            if (score < 0) {
                survey.blockedByRule.merge(PairScorer.ruleOfCode(score), 1, Integer::sum);
            } else {
                survey.bestAllowed = Math.max(survey.bestAllowed, score);
                if (score >= problem.minScore()) {
                    survey.suitable++;
                    survey.suitableWithPlaces += load[m] < cohort.mentorCapacity[m] ? 1 : 0;
                }
            }
        }
        return survey;
    }

    private static String describeCounts(Map<HardRule, Integer> countByRule) {
        return countByRule.entrySet().stream()
                .map(entry -> entry.getValue() + " × " + entry.getKey().description())
                .collect(Collectors.joining("; "));
    }
}
