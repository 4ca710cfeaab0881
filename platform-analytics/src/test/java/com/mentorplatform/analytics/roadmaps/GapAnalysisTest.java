package com.mentorplatform.analytics.roadmaps;

import com.mentorplatform.analytics.roadmaps.GapAnalysis.CompetencyGap;
import com.mentorplatform.analytics.roadmaps.GapAnalysis.Levels;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GapAnalysisTest {

    private static final UUID DESIGN = UUID.randomUUID();
    private static final UUID CODING = UUID.randomUUID();
    private static final UUID WRITING = UUID.randomUUID();
    private static final UUID LEADING = UUID.randomUUID();
    private static final UUID SPEAKING = UUID.randomUUID();

    @Test
    void the_mentors_rating_wins_over_the_mentees_own_and_a_missing_level_counts_as_zero() {
        GapAnalysis.Result result = GapAnalysis.of(List.of(
                new Levels(DESIGN, "System design", "Craft", 4, 3, 1, 3),
                new Levels(CODING, "Code quality", "Craft", 3, 2, null, 2),
                new Levels(WRITING, "Writing", "Communication", 2, null, null, null)));

        assertThat(result.competencies()).extracting(CompetencyGap::name, CompetencyGap::current, CompetencyGap::gap)
                .containsExactly(
                        tuple("System design", 1, 3),
                        tuple("Writing", 0, 2),
                        tuple("Code quality", 2, 1));
    }

    @Test
    void a_level_above_what_the_role_asks_is_no_gap_and_a_competency_the_role_does_not_ask_for_has_none() {
        GapAnalysis.Result result = GapAnalysis.of(List.of(
                new Levels(DESIGN, "System design", "Craft", 2, 4, null, 4),
                new Levels(SPEAKING, "Speaking", "Communication", null, 1, 2, 1)));

        assertThat(result.competencies()).extracting(CompetencyGap::gap).containsOnly(0);
        assertThat(result.candidates()).isEmpty();
    }

    @Test
    void equal_gaps_sort_by_name_and_at_most_three_gaps_above_zero_become_candidates() {
        GapAnalysis.Result result = GapAnalysis.of(List.of(
                new Levels(WRITING, "writing", "Communication", 3, 1, null, 1),
                new Levels(LEADING, "Leading", "Leadership", 4, 1, null, 1),
                new Levels(CODING, "Code quality", "Craft", 3, 1, null, 1),
                new Levels(DESIGN, "Design", "Craft", 3, 1, null, 1),
                new Levels(SPEAKING, "Speaking", "Communication", 3, 3, null, 3)));

        assertThat(result.competencies()).extracting(CompetencyGap::name)
                .containsExactly("Leading", "Code quality", "Design", "writing", "Speaking");
        assertThat(result.candidates()).containsExactly(LEADING, CODING, DESIGN);
    }

    @Test
    void no_levels_give_no_gaps() {
        assertThat(GapAnalysis.of(List.of()).competencies()).isEmpty();
    }
}
