package com.mentorplatform.analytics.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the explained {@link PairScore} of one pair: its parts and reasons, or its blocking rule. */
final class PairExplainer {

    private final CompactCohort cohort;
    private final PairScorer scorer;
    private final ReasonWriter reasonWriter;

    PairExplainer(CompactCohort cohort, PairScorer scorer) {
        this.cohort = cohort;
        this.scorer = scorer;
        this.reasonWriter = new ReasonWriter(cohort, scorer);
    }

    PairScore explain(int mentee, int mentor) {
        String menteeId = cohort.mentees.get(mentee).personId();
        String mentorId = cohort.mentors.get(mentor).personId();
        HardRule rule = scorer.blockingRule(mentee, mentor);
        if (rule != null) {
            return new PairScore(menteeId, mentorId, 0, List.of(), List.of(rule.description()), Optional.of(rule));
        }
        double[] parts = partValues(mentee, mentor);
        return new PairScore(menteeId, mentorId, toScore(scorer.score(mentee, mentor)), scoreParts(parts),
                reasonWriter.reasons(mentee, mentor, parts), Optional.empty());
    }

    double[] partValues(int mentee, int mentor) {
        double[] parts = new double[ScoreComponent.values().length];
        scorer.parts(mentee, mentor, parts);
        return parts;
    }

    private List<ScorePart> scoreParts(double[] parts) {
        List<ScorePart> result = new ArrayList<>(parts.length);
        for (ScoreComponent component : ScoreComponent.values()) {
            double weight = scorer.weights[component.ordinal()];
            double value = parts[component.ordinal()];
            result.add(new ScorePart(component, value, weight, value * weight));
        }
        return result;
    }

    /** The part where {@code better} beats {@code worse} by the most weighted value, for "why it lost". */
    ScoreComponent largestAdvantage(double[] better, double[] worse) {
        ScoreComponent largest = ScoreComponent.GAP_COVERAGE;
        double largestDifference = Double.NEGATIVE_INFINITY;
        for (ScoreComponent component : ScoreComponent.values()) {
            int i = component.ordinal();
            double difference = (better[i] - worse[i]) * scorer.weights[i];
            if (difference > largestDifference) {
                largestDifference = difference;
                largest = component;
            }
        }
        return largest;
    }

    static double toScore(int scaled) {
        return scaled / (double) PairScorer.SCALE;
    }
}
