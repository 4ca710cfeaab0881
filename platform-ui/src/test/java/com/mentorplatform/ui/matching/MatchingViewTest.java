package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.ProposalResponse;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.oversight.MyMenteesView;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.mentorplatform.ui.testing.TestCohorts;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class MatchingViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_weight_out_of_range_shows_the_field_error_and_is_not_saved() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        String cohortId = TestCohorts.enrollingCohort(ConsoleSession.current().api(), 5);
        Workbench workbench = open(cohortId);
        WeightRow gap = workbench.weights.rows.get("gapCoverage");

        _setValue(gap.exact, 1.5);
        _click(workbench.weights.save);

        assertThat(gap.exact.isInvalid()).isTrue();
        assertThat(gap.exact.getErrorMessage()).isNotBlank();
        assertThat(new MatchingClient(ConsoleSession.current().api()).runs(cohortId)).isEmpty();
    }

    @Test
    void a_run_on_the_demo_enrolling_cohort_completes_and_lists_proposals_with_reasons() {
        Workbench workbench = runOnDemoEnrollingCohort();

        assertThat(_size(workbench.proposals)).isPositive();
        ProposalResponse first = _get(workbench.proposals, 0);
        assertThat(first.getReasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason).isNotBlank());
        _clickItem(workbench.proposals, 0);
        assertThat(workbench.detail.chart.parts()).isNotEmpty();
        assertThat(workbench.detail.reasonTexts()).containsExactlyElementsOf(first.getReasons());
        assertThat(workbench.runs.runs.getGenericDataView().getItems().count()).isPositive();
    }

    @Test
    void a_swap_shows_the_change_of_the_total_score() {
        Workbench workbench = runOnDemoEnrollingCohort();
        int row = firstOpenRow(workbench.proposals);
        _clickItem(workbench.proposals, row);
        ProposalAdjustments adjust = workbench.detail.adjustments;
        List<ProposalResponse> others = adjust.swapWith.getGenericDataView().getItems().toList();

        String mentor = _get(workbench.proposals, row).getMentorId().toString();
        assertThat(others).as("only another mentor's mentees are offered").isNotEmpty()
                .allSatisfy(other -> assertThat(other.getMentorId().toString()).isNotEqualTo(mentor));

        boolean swapped = false;
        for (int i = 0; i < Math.min(10, others.size()) && !swapped; i++) {
            _setValue(adjust.swapWith, others.get(i));
            _click(adjust.swap);
            assertThat(adjust.outcome.getText()).matches("(Swapped with .*Total score [+-]\\d+\\.\\d{3}|Swap refused: .+)");
            swapped = adjust.outcome.getText().startsWith("Swapped");
        }
        assertThat(swapped).as("one of the first swaps keeps every hard rule").isTrue();
        assertThat(workbench.detail.runnerUp.getText()).startsWith("None: this pair was made by hand");
    }

    @Test
    void accepting_a_proposal_creates_a_pair_shown_in_the_pairs_section() {
        Workbench workbench = runOnDemoEnrollingCohort();
        ProposalResponse picked = _get(workbench.proposals, firstOpenRow(workbench.proposals));
        workbench.proposals.select(picked);

        _click(workbench.acceptSelected);

        MatchingView view = _get(MatchingView.class);
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.pairsTab);
        List<PairResponse> pairs = view.pairs.grid.getGenericDataView().getItems().toList();
        assertThat(pairs).anySatisfy(pair -> {
            assertThat(pair.getMenteeName()).isEqualTo(picked.getMenteeName());
            assertThat(pair.getStatus()).isEqualTo(PairStatus.PROPOSED);
        });
    }

    @Test
    void a_mentor_cannot_open_the_workbench() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        String cohortId = demoEnrollingCohortId(ConsoleSession.current().api());
        KaribuConsole.signIn("acme", "mentor@acme.example");

        UI.getCurrent().navigate("cohorts/" + cohortId + "/matching");

        assertThat(KaribuConsole.currentView()).isInstanceOf(MyMenteesView.class);
    }

    private static Workbench runOnDemoEnrollingCohort() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        Workbench workbench = open(demoEnrollingCohortId(ConsoleSession.current().api()));
        _click(workbench.runs.run);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (workbench.runs.isWorking() && Instant.now().isBefore(deadline)) {
            sleep();
            workbench.runs.poll();
        }
        assertThat(workbench.runs.isWorking()).as("the run finished in time").isFalse();
        assertThat(workbench.runs.status.getText()).contains("pairs proposed");
        return workbench;
    }

    /** The first proposal not accepted yet: other tests may have accepted some of the demo cohort's. */
    private static int firstOpenRow(ProposalsGrid proposals) {
        for (int row = 0; row < _size(proposals); row++) {
            if (!Proposals.isAccepted(_get(proposals, row))) {
                return row;
            }
        }
        throw new AssertionError("every proposal is accepted already");
    }

    private static Workbench open(String cohortId) {
        UI.getCurrent().navigate(MatchingView.class, MatchingView.parameters(cohortId));
        return _get(MatchingView.class).workbench;
    }

    /** The demo programme's enrolling cohort, "Autumn 2027". */
    @SuppressWarnings("unchecked")
    static String demoEnrollingCohortId(ApiClient api) {
        Map<String, Object> page = api.get("/api/programmes?q=Engineering%20Growth%202027", Map.class);
        String programme = (String) ((List<Map<String, Object>>) page.get("items")).get(0).get("id");
        return api.getList("/api/programmes/" + programme + "/cohorts", Map.class).stream()
                .filter(cohort -> "ENROLLING".equals(cohort.get("status")))
                .map(cohort -> (String) cohort.get("id")).findFirst().orElseThrow();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
