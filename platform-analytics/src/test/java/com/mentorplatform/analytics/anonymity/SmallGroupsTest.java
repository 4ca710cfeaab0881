package com.mentorplatform.analytics.anonymity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallGroupsTest {

    @Test
    void a_part_is_shown_from_the_threshold_up() {
        assertThat(SmallGroups.shown(4, 5)).isFalse();
        assertThat(SmallGroups.shown(5, 5)).isTrue();
    }

    @Test
    void the_total_is_shown_when_no_part_is_hidden() {
        assertThat(SmallGroups.totalShown(new long[] {5, 7}, 5)).isTrue();
    }

    @Test
    void the_total_is_hidden_when_it_would_reveal_one_small_hidden_part() {
        assertThat(SmallGroups.totalShown(new long[] {9, 2}, 5)).isFalse();
    }

    @Test
    void the_total_is_shown_when_the_hidden_parts_together_reach_the_threshold() {
        assertThat(SmallGroups.totalShown(new long[] {9, 2, 3}, 5)).isTrue();
    }

    @Test
    void a_total_below_the_threshold_is_hidden_like_a_part() {
        assertThat(SmallGroups.totalShown(new long[] {2, 1}, 5)).isFalse();
        assertThat(SmallGroups.totalShown(new long[] {}, 5)).isFalse();
    }
}
