package com.mentorplatform.analytics.anonymity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NestedGroupsTest {

    @Test
    void large_groups_at_both_levels_are_all_shown() {
        NestedGroups groups = NestedGroups.of(new long[] {5, 6, 7}, new int[] {0, 0, 1}, 2, 5);
        assertThat(groups.hiddenParents()).containsExactly(false, false);
        assertThat(groups.hiddenChildren()).containsExactly(false, false, false);
    }

    @Test
    void a_small_programme_is_hidden_with_another_and_so_are_all_their_cohorts() {
        // Programme 1 has 3 answers: the whole minus programme 0 would reveal it, so programme 2 hides as well.
        NestedGroups groups = NestedGroups.of(new long[] {9, 3, 6}, new int[] {0, 1, 2}, 3, 5);
        assertThat(groups.hiddenParents()).containsExactly(false, true, true);
        assertThat(groups.hiddenChildren()).containsExactly(false, true, true);
    }

    @Test
    void inside_a_shown_programme_a_small_cohort_hides_with_the_smallest_other() {
        NestedGroups groups = NestedGroups.of(new long[] {2, 8, 6}, new int[] {0, 0, 0}, 1, 5);
        assertThat(groups.hiddenParents()).containsExactly(false);
        assertThat(groups.hiddenChildren()).containsExactly(true, false, true);
    }
}
