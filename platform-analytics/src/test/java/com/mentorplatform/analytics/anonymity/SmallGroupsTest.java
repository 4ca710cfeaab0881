package com.mentorplatform.analytics.anonymity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallGroupsTest {

    @Test
    void parts_from_the_threshold_up_are_shown() {
        assertThat(SmallGroups.hidden(new long[] {5, 7}, 5)).containsExactly(false, false);
    }

    @Test
    void a_small_part_is_hidden_with_the_smallest_other_so_the_total_cannot_reveal_it() {
        assertThat(SmallGroups.hidden(new long[] {9, 2, 6}, 5)).containsExactly(false, true, true);
    }

    @Test
    void small_parts_that_together_reach_the_threshold_need_no_other_part_hidden() {
        assertThat(SmallGroups.hidden(new long[] {9, 2, 3}, 5)).containsExactly(false, true, true);
        assertThat(SmallGroups.hidden(new long[] {9, 4, 4}, 5)).containsExactly(false, true, true);
    }

    @Test
    void parts_without_answers_are_neither_shown_figures_nor_hidden_ones() {
        assertThat(SmallGroups.hidden(new long[] {0, 8}, 5)).containsExactly(false, false);
    }

    @Test
    void when_every_part_is_hidden_the_total_is_shown_only_from_the_threshold_up() {
        assertThat(SmallGroups.hidden(new long[] {2, 1}, 5)).containsExactly(true, true);
        assertThat(SmallGroups.totalShown(3, 5)).isFalse();
        assertThat(SmallGroups.totalShown(5, 5)).isTrue();
    }

    @Test
    void a_threshold_below_one_is_refused() {
        assertThatThrownBy(() -> SmallGroups.hidden(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
