package com.mentorplatform.analytics.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Each mentee's largest competency gaps toward the target role, computed once per cohort and laid
 * out as fixed-width rows so gap coverage reads a handful of ints per pair.
 */
final class MenteeGaps {

    final int width;
    /** mentee * width + slot → competency index, current level and required level. */
    final int[] competency;
    final int[] current;
    final int[] required;
    final int[] count;
    /** Sum of the gap sizes kept for each mentee. */
    final int[] total;

    MenteeGaps(List<MenteeProfile> mentees, Vocabulary competencies, int width) {
        this.width = width;
        competency = new int[mentees.size() * width];
        current = new int[mentees.size() * width];
        required = new int[mentees.size() * width];
        count = new int[mentees.size()];
        total = new int[mentees.size()];
        for (int e = 0; e < mentees.size(); e++) {
            fill(e, largestGaps(mentees.get(e)), competencies);
        }
    }

    private record Gap(String competency, int current, int required) {
        int size() {
            return required - current;
        }
    }

    private List<Gap> largestGaps(MenteeProfile mentee) {
        List<Gap> gaps = new ArrayList<>();
        for (Map.Entry<String, Integer> target : mentee.targetRoleLevels().entrySet()) {
            int currentLevel = mentee.currentLevels().getOrDefault(target.getKey(), 0);
            if (target.getValue() > currentLevel) {
                gaps.add(new Gap(target.getKey(), currentLevel, target.getValue()));
            }
        }
        gaps.sort(Comparator.comparingInt(Gap::size).reversed().thenComparing(Gap::competency));
        return gaps.subList(0, Math.min(width, gaps.size()));
    }

    private void fill(int mentee, List<Gap> gaps, Vocabulary competencies) {
        count[mentee] = gaps.size();
        for (int slot = 0; slot < gaps.size(); slot++) {
            Gap gap = gaps.get(slot);
            int at = mentee * width + slot;
            competency[at] = competencies.indexOf(gap.competency());
            current[at] = gap.current();
            required[at] = gap.required();
            total[mentee] += gap.size();
        }
    }
}
