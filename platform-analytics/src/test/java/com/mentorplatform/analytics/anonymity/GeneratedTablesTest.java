package com.mentorplatform.analytics.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plans for seeded populations shaped like the leader endpoints, checked over exact rationals. */
class GeneratedTablesTest {

    @Test
    void no_hidden_cell_of_a_generated_population_is_determined_by_what_is_shown_at_any_threshold() {
        for (long seed = 1; seed <= 12; seed++) {
            LeaderTablesGenerator.Population population =
                    LeaderTablesGenerator.generate(seed, LeaderTablesGenerator.Shape.small());
            for (int threshold : new int[] {3, 5, 10, 40}) {
                Plan plan = SuppressionPlanner.plan(population.underlyingCount(), population.cells(),
                        population.relations(), threshold);

                Set<String> expectedPrimary = new HashSet<>();
                population.cells().stream().filter(cell -> cell.count() > 0 && cell.count() < threshold)
                        .forEach(cell -> expectedPrimary.add(cell.key()));
                assertThat(plan.primary()).isEqualTo(expectedPrimary);
                assertThat(plan.suppressed()).containsAll(expectedPrimary);
                population.cells().stream().filter(cell -> cell.count() == 0)
                        .forEach(cell -> assertThat(plan.suppressed()).doesNotContain(cell.key()));
                assertThat(ExactSpan.determinedSuppressedCells(population.underlyingCount(), population.cells(),
                        population.relations(), plan.suppressed()))
                        .as("seed %s, threshold %s", seed, threshold).isEmpty();
            }
        }
    }

    @Test
    void the_benchmark_sized_population_is_safe_too() {
        LeaderTablesGenerator.Population population =
                LeaderTablesGenerator.generate(42, LeaderTablesGenerator.Shape.benchmark());

        Plan plan = SuppressionPlanner.plan(population.underlyingCount(), population.cells(),
                population.relations(), 5);

        assertThat(population.cells()).hasSizeGreaterThan(1_900);
        assertThat(population.underlyingCount()).isEqualTo(400);
        assertThat(ExactSpan.determinedSuppressedCells(population.underlyingCount(), population.cells(),
                population.relations(), plan.suppressed())).isEmpty();
    }

    @Test
    void small_groups_need_complements_yet_the_whole_population_stays_visible() {
        LeaderTablesGenerator.Population population =
                LeaderTablesGenerator.generate(42, LeaderTablesGenerator.Shape.small());

        Plan plan = SuppressionPlanner.plan(population.underlyingCount(), population.cells(),
                population.relations(), 5);

        assertThat(plan.primary()).isNotEmpty();
        assertThat(plan.suppressed().size()).isGreaterThan(plan.primary().size());
        assertThat(plan.rounds()).isPositive();
        assertThat(plan.suppressed()).doesNotContain("family0|all|by=department|total", "family0|all|by=cohort|total");
    }
}
