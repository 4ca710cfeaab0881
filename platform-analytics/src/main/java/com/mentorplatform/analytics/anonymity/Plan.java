package com.mentorplatform.analytics.anonymity;

import java.util.Set;

/**
 * What to hide.
 *
 * @param suppressed keys of every cell to show as "fewer than k" (primary and complementary)
 * @param primary    keys of the cells below the threshold
 * @param rounds     how many passes added complementary suppressions (0 when none was needed)
 */
public record Plan(Set<String> suppressed, Set<String> primary, int rounds) {

    public Plan {
        suppressed = Set.copyOf(suppressed);
        primary = Set.copyOf(primary);
    }
}
