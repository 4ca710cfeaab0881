package com.mentorplatform.analytics.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Puts the largest parts of a pair's score into plain words for the programme manager. */
final class ReasonWriter {

    private static final int REASONS = 3;
    private static final String[] ORDINALS = {"1st", "2nd", "3rd"};

    private final CompactCohort cohort;
    private final PairScorer scorer;

    ReasonWriter(CompactCohort cohort, PairScorer scorer) {
        this.cohort = cohort;
        this.scorer = scorer;
    }

    /** Reasons for the three parts that add most to the score (parts adding nothing are skipped). */
    List<String> reasons(int mentee, int mentor, double[] parts) {
        return IntStream.range(0, parts.length)
                .filter(i -> parts[i] * scorer.weights[i] > 0)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -parts[i] * scorer.weights[i]))
                .limit(REASONS)
                .map(i -> describe(ScoreComponent.values()[i], mentee, mentor))
                .toList();
    }

    String describe(ScoreComponent component, int mentee, int mentor) {
        return switch (component) {
            case GAP_COVERAGE -> gapCoverage(mentee, mentor);
            case SENIORITY -> seniority(cohort.mentorLevel[mentor] - cohort.menteeLevel[mentee]);
            case DEPARTMENT -> department(mentee, mentor);
            case LANGUAGE -> "shares a language: " + String.join(", ",
                    cohort.menteeLanguages.sharedNames(mentee, cohort.mentorLanguages, mentor, cohort.languages));
            case TIME_ZONE -> String.format("working hours overlap %.1f h a day", scorer.overlapMinutes(mentee, mentor) / 60.0);
            case INTERESTS -> interests(mentee, mentor);
            case PREFERENCE -> "the mentee's " + ORDINALS[scorer.preferenceRank(mentee, mentor)] + " choice";
            case AVAILABILITY -> cohort.mentorHoursPerMonth[mentor] + " h a month for "
                    + cohort.mentorCapacity[mentor] + (cohort.mentorCapacity[mentor] == 1 ? " mentee" : " mentees");
        };
    }

    private static String seniority(int levelsAbove) {
        return levelsAbove + (levelsAbove == 1 ? " level" : " levels") + " above the mentee";
    }

    private String gapCoverage(int mentee, int mentor) {
        MenteeGaps gaps = cohort.gaps;
        List<String> covered = new ArrayList<>();
        List<String> partly = new ArrayList<>();
        for (int slot = 0; slot < gaps.count[mentee]; slot++) {
            int at = mentee * gaps.width + slot;
            int level = cohort.mentorCompetencyLevel(mentor, gaps.competency[at]);
            String name = cohort.competencies.name(gaps.competency[at]);
            if (level >= gaps.required[at]) {
                covered.add(name);
            } else if (level > gaps.current[at]) {
                partly.add(name);
            }
        }
        String text = "covers " + covered.size() + " of " + gaps.count[mentee] + " largest gaps";
        if (!covered.isEmpty()) {
            text += ": " + String.join(", ", covered);
        }
        return partly.isEmpty() ? text : text + "; partly " + String.join(", ", partly);
    }

    private String department(int mentee, int mentor) {
        String mentorDepartment = cohort.mentors.get(mentor).department();
        String menteeDepartment = cohort.mentees.get(mentee).department();
        return mentorDepartment.equals(menteeDepartment)
                ? "same department (" + mentorDepartment + ")"
                : "different department (" + mentorDepartment + ", mentee in " + menteeDepartment + ")";
    }

    private String interests(int mentee, int mentor) {
        List<String> shared = cohort.menteeInterests.sharedNames(mentee, cohort.mentorInterests, mentor, cohort.interests);
        return "shares " + shared.size() + (shared.size() == 1 ? " interest: " : " interests: ") + String.join(", ", shared);
    }
}
