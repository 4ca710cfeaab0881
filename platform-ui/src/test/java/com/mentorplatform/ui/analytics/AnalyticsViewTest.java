package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.AnalyticsPairPageAnalyticsPair;
import com.mentorplatform.client.model.Concern;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.charts.ChartPanel;
import com.mentorplatform.ui.charts.LineChart;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class AnalyticsViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void hr_lands_on_the_dashboard_with_every_key_figure_filled_in_and_labelled() {
        AnalyticsView view = signIn("admin@acme.example");

        assertThat(view.problem.isVisible()).as(view.problem.getText()).isFalse();
        assertThat(view.kpis.cards()).allSatisfy(card -> {
            assertThat(card.valueText()).isNotBlank();
            assertThat(card.labelText()).isNotBlank();
            assertThat(card.hintText()).isNotBlank();
        });
        assertThat(view.kpis.matchRate.valueText()).endsWith("%");
        assertThat(view.kpis.matchRate.changeText()).contains("the 70% bar");
        assertThat(view.kpis.reached.changeText()).contains("since the previous period");
        assertThat(view.kpis.activeNow.labelText()).isNotEqualTo(view.kpis.activeInPeriod.labelText());
    }

    @Test
    void every_chart_has_its_data_as_a_table_and_a_csv_download() {
        AnalyticsView view = signIn("admin@acme.example");

        List<ChartPanel> panels = List.of(view.completion.funnel, view.completion.trend, view.engagement.monthly,
                view.engagement.heatmap, view.retention.curve, view.retention.horizons, view.matching.runs,
                view.matching.bands, view.attention.panel);
        assertThat(panels).allSatisfy(panel -> assertThat(panel.download().getHref()).isNotBlank());
        assertThat(view.completion.funnel.table().texts()).hasSize(view.completion.funnelChart.bars().categories().size())
                .isNotEmpty();
        assertThat(view.completion.trend.table().texts()).hasSize(view.completion.trendChart.lines().categories().size())
                .isNotEmpty();
        assertThat(view.engagement.heatmap.table().texts()).hasSize(view.engagement.heatmapChart.cells().cells().size())
                .isNotEmpty();
        // Runs without recorded scores are listed (as in the CSV) but have nothing to draw.
        assertThat(view.matching.runs.table().texts()).hasSizeGreaterThanOrEqualTo(
                view.matching.runsChart.lines().categories().size()).isNotEmpty();
    }

    @Test
    void the_funnel_csv_is_the_funnel_table_the_chart_draws() {
        AnalyticsView view = signIn("admin@acme.example");
        AnalyticsClient client = new AnalyticsClient(ConsoleSession.current().api());

        String csv = new String(client.csv(AnalyticsClient.COMPLETION, "funnel", view.query()), StandardCharsets.UTF_8);

        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines.get(0)).startsWith("position,").contains("roadmaps,reached,rate");
        assertThat(lines).hasSize(view.completion.funnel.table().texts().size() + 1);
    }

    @Test
    void retention_shows_both_groups_with_bands_the_horizons_and_the_caveat() {
        AnalyticsView view = signIn("admin@acme.example");

        List<LineChart.Line> lines = view.retention.curveChart.lines().lines();
        assertThat(lines).extracting(LineChart.Line::name).containsExactly("Participants", "Comparison group");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.lower()).isNotNull().anySatisfy(lower -> assertThat(lower).isNotNull());
            assertThat(line.upper()).isNotNull().anySatisfy(upper -> assertThat(upper).isNotNull());
        });
        assertThat(view.retention.horizons.table().texts()).extracting(row -> row.get(0))
                .contains("6 months", "12 months", "24 months");
        assertThat(view.retention.caveat.getText()).containsIgnoringCase("association");
        assertThat(view.retention.caveat.isVisible()).isTrue();
        assertThat(view.retention.asOf.getText()).startsWith("As of ").doesNotContain("not yet");
        assertThat(view.retention.test.getText()).contains("p = ");
        assertThat(view.retention.groups.getText()).contains("no counterpart");
    }

    @Test
    void refresh_now_takes_a_new_retention_snapshot_and_says_when() {
        AnalyticsView view = signIn("admin@acme.example");
        OffsetDateTime before = view.retention.shown().getAsOf();

        _click(view.retention.refresh);

        assertThat(view.retention.shown().getAsOf()).isAfter(before);
        assertThat(view.retention.asOf.getText()).startsWith("As of ");
    }

    @Test
    void choosing_a_programme_offers_its_cohorts_and_narrows_every_figure_to_it() {
        AnalyticsView view = signIn("admin@acme.example");
        Choice programme = view.filters.programme.getListDataView().getItems().findFirst().orElseThrow();

        view.filters.programme.setValue(programme);

        assertThat(view.query().programmeId()).isEqualTo(programme.id());
        assertThat(view.filters.cohort.isEnabled()).isTrue();
        assertThat(view.filters.cohort.getListDataView().getItems()).isNotEmpty();
        assertThat(view.problem.isVisible()).as(view.problem.getText()).isFalse();
    }

    @Test
    void a_period_ending_before_it_starts_is_marked_and_not_asked_for() {
        AnalyticsView view = signIn("admin@acme.example");
        AnalyticsQuery before = view.query();

        view.filters.from.setValue(before.to().minusDays(5));
        AnalyticsQuery asked = view.query();
        view.filters.to.setValue(before.to().minusDays(10));

        assertThat(view.filters.from.isInvalid()).isTrue();
        assertThat(view.query()).isEqualTo(asked);
    }

    @Test
    void pairs_needing_attention_link_to_their_cohorts_pair_health() {
        AnalyticsView view = signIn("admin@acme.example");

        Stream<Component> links = view.attention.panel.table().getChildren()
                .flatMap(AnalyticsViewTest::descendants)
                .filter(component -> component.getElement().getTag().equals("a"));
        assertThat(links.map(link -> link.getElement().getAttribute("href")))
                .allSatisfy(href -> assertThat(href).matches("cohorts/[0-9a-f-]{36}\\?tab=pair-health"));
    }

    @Test
    void the_drill_down_lists_the_pairs_behind_the_numbers_with_their_people() {
        AnalyticsView view = signIn("admin@acme.example");

        List<AnalyticsPairPageAnalyticsPair> all = _findAll(view.pairs.grid);
        assertThat(all).isNotEmpty().allSatisfy(pair -> assertThat(pair.getMenteeName()).isNotBlank());

        view.pairs.concern.setValue(Concern.ENDED_EARLY);

        assertThat(_findAll(view.pairs.grid)).allSatisfy(pair -> assertThat(pair.getEndReason()).isNotBlank());
    }

    @Test
    void a_threshold_below_three_is_refused_on_the_field() {
        AnalyticsView view = signIn("admin@acme.example");

        view.threshold.threshold.setValue(2);
        view.threshold.save();

        assertThat(view.threshold.threshold.isInvalid()).isTrue();
        assertThat(view.threshold.threshold.getErrorMessage()).isNotBlank();
    }

    @Test
    void a_tenant_admin_changes_the_threshold_leaders_see() {
        AnalyticsView view = signIn("admin@acme.example");
        int before = view.threshold.threshold.getValue();
        try {
            view.threshold.threshold.setValue(before + 2);
            view.threshold.save();

            assertThat(view.threshold.threshold.isInvalid()).isFalse();
            assertThat(new AnalyticsClient(ConsoleSession.current().api()).anonymityThreshold()).isEqualTo(before + 2);
        } finally {
            new AnalyticsClient(ConsoleSession.current().api()).changeAnonymityThreshold(before);
        }
    }

    @Test
    void mentors_are_sent_away_from_the_dashboard() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");

        UI.getCurrent().navigate("analytics");

        assertThat(KaribuConsole.currentView()).isNotInstanceOf(AnalyticsView.class);
    }

    @Test
    void hr_sees_survey_results_by_cohort_and_by_match_score_with_small_groups_hidden() {
        AnalyticsView view = signIn("admin@acme.example");

        List<List<String>> cohorts = view.surveys.cohorts.table().texts();
        assertThat(cohorts).isNotEmpty();
        assertThat(cohorts.get(cohorts.size() - 1).get(0)).isEqualTo("All in scope");
        assertThat(cohorts).anySatisfy(row -> assertThat(row.get(2)).endsWith("%"));
        assertThat(view.surveys.cohorts.noteText()).contains("fewer than 5 people are hidden");
        assertThat(view.surveys.bands.table().texts()).hasSize(6)
                .allSatisfy(row -> assertThat(row.get(2)).matches("\\d+%|hidden|–"));
        assertThat(view.surveys.comments.download().getHref()).isNotBlank();
    }

    private static AnalyticsView signIn(String email) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", email);
        return (AnalyticsView) KaribuConsole.currentView();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(AnalyticsViewTest::descendants));
    }
}
