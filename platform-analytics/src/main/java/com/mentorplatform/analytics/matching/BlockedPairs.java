package com.mentorplatform.analytics.matching;

import java.util.Arrays;

/**
 * The pairs blocked by person-specific hard rules (same person, reporting chain, avoid lists),
 * kept per mentee as a short sorted list of mentor numbers: these lists are sparse, so a row scan
 * merges them in instead of looking anything up per pair.
 */
final class BlockedPairs {

    private static final int RULE_BITS = 8;

    /** Per mentee: sorted codes {@code mentor << 8 | rule ordinal}, one per blocked mentor. */
    private final long[][] codes;

    private BlockedPairs(long[][] codes) {
        this.codes = codes;
    }

    static BlockedPairs of(CompactCohort cohort) {
        LongLists perMentee = new LongLists(cohort.menteeCount());
        for (int e = 0; e < cohort.menteeCount(); e++) {
            MenteeProfile mentee = cohort.mentees.get(e);
            block(perMentee, e, cohort.mentorIndex.get(mentee.personId()), HardRule.SAME_PERSON);
            for (String boss : mentee.reportingChain()) {
                block(perMentee, e, cohort.mentorIndex.get(boss), HardRule.REPORTING_CHAIN);
            }
            for (String avoided : mentee.avoidPersonIds()) {
                block(perMentee, e, cohort.mentorIndex.get(avoided), HardRule.MENTEE_AVOIDS_MENTOR);
            }
        }
        for (int m = 0; m < cohort.mentorCount(); m++) {
            for (String avoided : cohort.mentors.get(m).avoidPersonIds()) {
                Integer mentee = cohort.menteeIndex.get(avoided);
                if (mentee != null) {
                    block(perMentee, mentee, m, HardRule.MENTOR_AVOIDS_MENTEE);
                }
            }
        }
        return new BlockedPairs(perMentee.sortedKeepingFirstRulePerMentor());
    }

    private static void block(LongLists lists, int mentee, Integer mentor, HardRule rule) {
        if (mentor != null) {
            lists.add(mentee, ((long) mentor << RULE_BITS) | rule.ordinal());
        }
    }

    /** Sorted blocked codes of a mentee; read with {@link #mentorOf} and {@link #ruleOf}. */
    long[] codesOf(int mentee) {
        return codes[mentee];
    }

    static int mentorOf(long code) {
        return (int) (code >>> RULE_BITS);
    }

    static HardRule ruleOf(long code) {
        return HardRule.values()[(int) (code & ((1 << RULE_BITS) - 1))];
    }

    /** The person-specific rule blocking this pair, or null. */
    HardRule ruleFor(int mentee, int mentor) {
        for (long code : codes[mentee]) {
            if (mentorOf(code) == mentor) {
                return ruleOf(code);
            }
        }
        return null;
    }

    /** Growable per-mentee lists of codes, used only while building. */
    private static final class LongLists {
        private final long[][] values;
        private final int[] sizes;

        LongLists(int owners) {
            values = new long[owners][];
            sizes = new int[owners];
            Arrays.fill(values, new long[0]);
        }

        void add(int owner, long value) {
            if (sizes[owner] == values[owner].length) {
                values[owner] = Arrays.copyOf(values[owner], Math.max(4, sizes[owner] * 2));
            }
            values[owner][sizes[owner]++] = value;
        }

        long[][] sortedKeepingFirstRulePerMentor() {
            long[][] result = new long[values.length][];
            for (int owner = 0; owner < values.length; owner++) {
                long[] sorted = Arrays.copyOf(values[owner], sizes[owner]);
                Arrays.sort(sorted);
                result[owner] = dropLaterRulesOfSameMentor(sorted);
            }
            return result;
        }

        private static long[] dropLaterRulesOfSameMentor(long[] sorted) {
            int kept = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (kept == 0 || mentorOf(sorted[kept - 1]) != mentorOf(sorted[i])) {
                    sorted[kept++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, kept);
        }
    }
}
