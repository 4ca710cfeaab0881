package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.RoadmapStatus;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.mentorplatform.client.model.ExperimentStatus;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.client.model.MilestoneStatus;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.WorkspaceAccessRelation;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class MyRoadmapViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_mentee_starts_a_roadmap_with_their_vision_and_finds_it_on_the_page() {
        MyRoadmapView view = open();
        StartRoadmapForm form = startForm(view);

        _setValue(form.vision.aspiration, "Lead the platform team by 2028");
        _setValue(form.vision.whyItMatters, "I enjoy making others effective");
        _setValue(form.vision.horizonMonths, 24);
        _click(form.start);

        assertThat(view.page).isNotNull();
        RoadmapResponse shown = view.page.roadmap();
        assertThat(shown.getStatus()).isEqualTo(RoadmapStatus.ACTIVE);
        assertThat(shown.getAccess()).isEqualTo(WorkspaceAccessRelation.SELF);
        assertThat(shown.getVision().getAspiration()).isEqualTo("Lead the platform team by 2028");
        assertThat(view.page.vision.getElement().getTextRecursively())
                .contains("Lead the platform team by 2028", "I enjoy making others effective", "Horizon 24 months");
        assertThat(view.page.milestones.add.isVisible()).isTrue();
    }

    @Test
    void a_roadmap_without_an_aspiration_is_refused_on_the_aspiration_field() {
        StartRoadmapForm form = startForm(open());

        _setValue(form.vision.aspiration, "  ");
        _click(form.start);

        assertThat(form.vision.aspiration.isInvalid()).isTrue();
        assertThat(form.vision.aspiration.getErrorMessage()).isNotBlank();
    }

    @Test
    void a_milestone_due_on_an_impossible_date_shows_the_error_on_the_date_and_is_not_added() {
        RoadmapPage page = openFresh();
        page.tabs.setSelectedTab(page.milestonesTab);

        _click(page.milestones.add);
        MilestoneDialog dialog = _get(MilestoneDialog.class);
        _setValue(dialog.title, "Run the quarterly planning");
        _setValue(dialog.criteria, "The plan is agreed by the team");
        _setValue(dialog.dueOn, LocalDate.of(1999, 12, 31));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.dueOn.isInvalid()).isTrue();
        assertThat(dialog.dueOn.getErrorMessage()).isNotBlank();
        assertThat(dialog.title.isInvalid()).isFalse();
        assertThat(api().roadmap(page.roadmap().getId()).getMilestones()).isEmpty();
    }

    @Test
    void a_milestone_is_added_started_and_marked_reached_with_what_shows_it() {
        RoadmapPage page = openFresh();
        page.tabs.setSelectedTab(page.milestonesTab);

        _click(page.milestones.add);
        MilestoneDialog dialog = _get(MilestoneDialog.class);
        _setValue(dialog.title, "Run the quarterly planning");
        _setValue(dialog.criteria, "The plan is agreed by the team");
        _setValue(dialog.dueOn, LocalDate.now().plusMonths(2));
        _click(dialog.save);
        assertThat(cardsIn(page, MilestoneStatus.PLANNED)).hasSize(1);

        _click(button(cardsIn(page, MilestoneStatus.PLANNED).get(0), "Start"));
        _click(button(cardsIn(page, MilestoneStatus.IN_PROGRESS).get(0), "Mark reached"));
        MoveDialog reached = _get(MoveDialog.class);
        _setValue(reached.note, "The plan was signed off on Friday");
        _click(reached.save);

        MilestoneCard card = cardsIn(page, MilestoneStatus.REACHED).get(0);
        assertThat(card.getElement().getTextRecursively())
                .contains("Run the quarterly planning", "The plan was signed off on Friday", "Awaiting endorsement");
        assertThat(page.roadmap().getMilestones()).singleElement()
                .extracting(MilestoneResponse::getStatus).isEqualTo(MilestoneStatus.REACHED);
        assertThat(GridKt._get(page.timeline.grid, 0).getSummary())
                .startsWith("Reached 'Run the quarterly planning'");
    }

    @Test
    void milestones_and_experiments_offer_exactly_the_moves_the_api_allows_each_of_them() {
        ApiClient mentee = TestRoadmaps.api(TestRoadmaps.MENTEE);
        RoadmapResponse roadmap = TestRoadmaps.fresh(mentee);
        TestRoadmaps.milestone(mentee, roadmap, "Run the quarterly planning");
        TestRoadmaps.running(mentee, roadmap, "Demo to sales");
        RoadmapPage page = open().page;
        page.tabs.setSelectedTab(page.milestonesTab);

        List<String> planned = buttonTexts(cardsIn(page, MilestoneStatus.PLANNED).get(0));
        _click(button(cardsIn(page, MilestoneStatus.PLANNED).get(0), "Start"));
        List<String> inProgress = buttonTexts(cardsIn(page, MilestoneStatus.IN_PROGRESS).get(0));
        page.tabs.setSelectedTab(page.experimentsTab);
        List<String> running = buttonTexts(experimentActions(page));
        _click(_get(experimentActions(page), Button.class, spec -> spec.withText("Postpone")));
        List<String> postponed = buttonTexts(experimentActions(page));
        _click(_get(experimentActions(page), Button.class, spec -> spec.withText("Close")));
        CloseExperimentDialog closing = _get(CloseExperimentDialog.class);

        assertThat(planned).containsExactly("Start", "Mark reached", "Drop", "Edit");
        assertThat(inProgress).containsExactly("Back to planned", "Mark reached", "Drop", "Edit");
        assertThat(running).containsExactly("Postpone", "Close", "Edit");
        assertThat(postponed).containsExactly("Start", "Close", "Edit");
        assertThat(closing.outcome.getListDataView().getItems()).containsExactly(ExperimentStatus.ABANDONED);
    }

    @Test
    void an_experiment_over_the_running_limit_is_saved_and_a_warning_banner_says_so() {
        ApiClient mentee = TestRoadmaps.api(TestRoadmaps.MENTEE);
        RoadmapResponse roadmap = TestRoadmaps.fresh(mentee);
        for (int i = 0; i < roadmap.getExperimentLimit(); i++) {
            TestRoadmaps.running(mentee, roadmap, "Experiment " + i);
        }
        RoadmapPage page = open().page;
        assertThat(page.warnings.isVisible()).isFalse();
        page.tabs.setSelectedTab(page.experimentsTab);

        _click(page.experiments.add);
        ExperimentDialog dialog = _get(ExperimentDialog.class);
        _setValue(dialog.objective, "Pair with the data team on one report");
        _setValue(dialog.successMetric, "Reports shipped");
        _setValue(dialog.startNow, true);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.roadmap().getOvercommitted()).isTrue();
        assertThat(page.warnings.isVisible()).isTrue();
        assertThat(page.warnings.text()).contains((roadmap.getExperimentLimit() + 1) + " experiments are running",
                "the limit is " + roadmap.getExperimentLimit());
        assertThat(page.experiments.running.getElement().getThemeList()).contains("error");
    }

    @Test
    void an_experiment_ending_before_it_starts_shows_the_error_on_the_end_date() {
        RoadmapPage page = openFresh();
        page.tabs.setSelectedTab(page.experimentsTab);

        _click(page.experiments.add);
        ExperimentDialog dialog = _get(ExperimentDialog.class);
        _setValue(dialog.objective, "Shadow a product manager");
        _setValue(dialog.successMetric, "Decisions I could explain");
        _setValue(dialog.startsOn, LocalDate.now().plusDays(10));
        _setValue(dialog.endsOn, LocalDate.now());
        _click(dialog.save);

        assertThat(dialog.endsOn.isInvalid()).isTrue();
        assertThat(page.roadmap().getExperiments()).isEmpty();
    }

    private static MyRoadmapView open() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", TestRoadmaps.MENTEE);
        UI.getCurrent().navigate(MyRoadmapView.class);
        return (MyRoadmapView) KaribuConsole.currentView();
    }

    /** The page of a roadmap just made for this test. */
    private static RoadmapPage openFresh() {
        TestRoadmaps.fresh(TestRoadmaps.api(TestRoadmaps.MENTEE));
        return open().page;
    }

    /** The form that starts a roadmap: on the page when none is active, else behind "Start a new roadmap". */
    private static StartRoadmapForm startForm(MyRoadmapView view) {
        if (view.page == null) {
            return view.startForm;
        }
        _click(view.startAgain);
        return _get(StartRoadmapForm.class);
    }

    private static RoadmapClient api() {
        return new RoadmapClient(ConsoleSession.current().api());
    }

    static List<MilestoneCard> cardsIn(RoadmapPage page, MilestoneStatus status) {
        return _find(page.milestones.columns.get(status), MilestoneCard.class);
    }

    static Button button(MilestoneCard card, String text) {
        return _get(card, Button.class, spec -> spec.withText(text));
    }

    /** The texts of the card's buttons, in order; none when the reader may do nothing with it. */
    static List<String> buttonTexts(MilestoneCard card) {
        return card.buttons.isVisible() ? buttonTexts(card.buttons) : List.of();
    }

    private static List<String> buttonTexts(Component actions) {
        return _find(actions, Button.class).stream().map(Button::getText).toList();
    }

    /** The buttons of the first experiment in the list. */
    private static Component experimentActions(RoadmapPage page) {
        return GridKt._getCellComponent(page.experiments.grid, 0, "actions");
    }
}
