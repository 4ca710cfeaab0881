package com.mentorplatform.analytics.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionPlannerTest {

    private static final int K = 5;

    private final List<Cell> cells = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    @Test
    void one_row_below_k_beside_a_published_total_hides_the_next_smallest_row_of_the_table_too() {
        cell("by=department", "Engineering", 40, 0);
        cell("by=department", "Sales", 3, 1);
        cell("by=department", "Operations", 12, 2);
        cell("by=department", "People", 7, 3);
        cell("by=department", "total", 62, 0, 1, 2, 3);

        Plan plan = plan(4);

        assertThat(plan.primary()).containsExactly("by=department|Sales");
        assertThat(plan.suppressed()).containsExactlyInAnyOrder("by=department|Sales", "by=department|People");
        assertThat(plan.rounds()).isEqualTo(1);
        assertSafe(4, plan);
    }

    @Test
    void hiding_only_the_cells_below_k_would_let_the_total_give_them_away() {
        cell("by=department", "Engineering", 40, 0);
        cell("by=department", "Sales", 3, 1);
        cell("by=department", "total", 43, 0, 1);

        assertThat(ExactSpan.determinedSuppressedCells(2, cells, relations, Set.of("by=department|Sales")))
                .containsExactly("by=department|Sales");
        assertThat(plan(2).suppressed()).containsExactlyInAnyOrder("by=department|Sales",
                "by=department|Engineering");
    }

    @Test
    void subtracting_one_breakdown_from_another_of_the_same_people_is_blocked_within_the_hidden_cells_table() {
        // departments 0..2 and locations 3..4 of the same 25 people; the department table shows no total,
        // but the location table's total equals it, so Sales = total − Engineering − Operations
        cell("by=department", "Engineering", 12, 0);
        cell("by=department", "Sales", 3, 1);
        cell("by=department", "Operations", 10, 2);
        cell("by=location", "Paris", 16, 3);
        cell("by=location", "Lyon", 9, 4);
        cell("by=location", "total", 25, 3, 4);
        assertThat(plan(5).suppressed()).as("without knowing both tables count the same people")
                .containsExactly("by=department|Sales");

        relations.add(new Relation(new int[] {0, 1, 2}, new int[] {3, 4}));
        Plan plan = plan(5);

        // Lyon (9) is used by the subtraction too and is smaller, but hiding a row of Sales' own table is preferred
        assertThat(plan.suppressed()).containsExactlyInAnyOrder("by=department|Sales", "by=department|Operations");
        assertSafe(5, plan);
    }

    @Test
    void a_filter_and_its_complement_cannot_be_subtracted_from_the_unfiltered_table() {
        // programme × department: P1 Engineering 8, P1 Sales 3, P2 Engineering 9, P2 Sales 7
        cell("by=department", "Engineering", 17, 0, 2);
        cell("by=department", "Sales", 10, 1, 3);
        cell("by=department", "total", 27, 0, 1, 2, 3);
        cell("programme=P1|by=department", "Engineering", 8, 0);
        cell("programme=P1|by=department", "Sales", 3, 1);
        cell("programme=P1|by=department", "total", 11, 0, 1);
        cell("programme=P2|by=department", "Engineering", 9, 2);
        cell("programme=P2|by=department", "Sales", 7, 3);
        cell("programme=P2|by=department", "total", 16, 2, 3);
        cell("by=programme", "P1", 11, 0, 1);
        cell("by=programme", "P2", 16, 2, 3);
        cell("by=programme", "total", 27, 0, 1, 2, 3);

        Plan plan = plan(4);

        // P1 Sales = Sales − P2 Sales, so P2 Sales goes; then P1 Sales = P1 total − P1 Engineering, and so on:
        // in a two-by-two table with its margins shown, one hidden cell means all four are hidden
        assertThat(plan.suppressed()).containsExactlyInAnyOrder(
                "programme=P1|by=department|Engineering", "programme=P1|by=department|Sales",
                "programme=P2|by=department|Engineering", "programme=P2|by=department|Sales");
        assertThat(plan.rounds()).isEqualTo(3);
        assertSafe(4, plan);
    }

    @Test
    void the_same_breakdown_at_two_successive_periods_cannot_be_differenced_to_reveal_a_cell() {
        // underlying: people of period one in Engineering (0) and Sales (1); joiners of period two (2, 3)
        cell("period=1|by=department", "Engineering", 2, 0);
        cell("period=1|by=department", "Sales", 9, 1);
        cell("period=1|by=department", "total", 11, 0, 1);
        cell("period=2|by=department", "Engineering", 8, 0, 2);
        cell("period=2|by=department", "Sales", 12, 1, 3);
        cell("period=2|by=department", "total", 20, 0, 1, 2, 3);

        Plan plan = plan(4);

        assertThat(plan.primary()).containsExactly("period=1|by=department|Engineering");
        assertThat(plan.suppressed()).contains("period=1|by=department|Engineering", "period=1|by=department|Sales");
        assertSafe(4, plan);
    }

    @Test
    void cells_below_k_that_no_published_figure_pins_down_need_no_complement() {
        cell("by=location", "Paris", 3, 0);
        cell("by=location", "Lyon", 4, 1);
        cell("by=location", "Berlin", 20, 2);
        cell("by=location", "total", 27, 0, 1, 2);

        Plan plan = plan(3);

        assertThat(plan.suppressed()).containsExactlyInAnyOrder("by=location|Paris", "by=location|Lyon");
        assertThat(plan.rounds()).isZero();
        assertSafe(3, plan);
    }

    @Test
    void when_every_group_is_below_k_everything_is_hidden_except_the_empty_cells() {
        cell("by=level", "1–2", 1, 0);
        cell("by=level", "3–4", 2, 1);
        cell("by=level", "5–6", 0, 2);
        cell("by=level", "7+", 3, 3);
        cell("by=level", "total", 6, 0, 1, 2, 3);

        Plan plan = SuppressionPlanner.plan(4, cells, relations, 7);

        assertThat(plan.suppressed()).containsExactlyInAnyOrder("by=level|1–2", "by=level|3–4", "by=level|7+",
                "by=level|total");
        assertThat(plan.rounds()).isZero();
    }

    @Test
    void a_figure_shown_in_two_tables_is_hidden_in_both() {
        cell("by=department", "Sales", 3, 0);
        cell("by=department", "Engineering", 30, 1);
        cell("by=department", "total", 33, 0, 1);
        cell("by=cohort", "C1", 33, 0, 1);

        Plan plan = plan(2);

        assertThat(plan.suppressed()).containsExactlyInAnyOrder("by=department|Sales", "by=department|Engineering");
        cells.clear();
        cell("by=department", "Sales", 3, 0);
        cell("by=department", "Engineering", 30, 1);
        cell("programme=P|by=department", "Sales", 3, 0);
        cell("by=location", "Paris", 33, 0, 1);
        cell("by=location", "total", 33, 0, 1);
        cell("by=cohort", "C1", 30, 1);

        assertThat(plan(2).suppressed()).contains("by=department|Sales", "programme=P|by=department|Sales",
                "by=department|Engineering", "by=cohort|C1");
    }

    @Test
    void inconsistent_relations_that_pin_a_cell_down_to_an_empty_one_are_rejected() {
        cell("by=department", "Sales", 2, 0);
        cell("by=location", "Paris", 0, 1);
        relations.add(new Relation(new int[] {0}, new int[] {1}));

        assertThatThrownBy(() -> plan(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("by=department|Sales");
    }

    @Test
    void duplicate_keys_and_indices_outside_the_underlying_cells_are_rejected() {
        cell("t", "a", 6, 0);
        cell("t", "a", 7, 1);
        assertThatThrownBy(() -> plan(2)).isInstanceOf(IllegalArgumentException.class);
        cells.clear();
        cell("t", "a", 6, 2);
        assertThatThrownBy(() -> plan(2)).isInstanceOf(IllegalArgumentException.class);
    }

    private void cell(String table, String row, long count, int... underlying) {
        cells.add(new Cell(table + "|" + row, table, count, underlying));
    }

    private Plan plan(int underlyingCount) {
        return SuppressionPlanner.plan(underlyingCount, cells, relations, K);
    }

    private void assertSafe(int underlyingCount, Plan plan) {
        assertThat(plan.suppressed()).containsAll(plan.primary());
        Set<String> determined = ExactSpan.determinedSuppressedCells(underlyingCount, cells, relations,
                plan.suppressed());
        assertThat(determined).as("hidden cells the published ones determine").isEmpty();
    }
}
