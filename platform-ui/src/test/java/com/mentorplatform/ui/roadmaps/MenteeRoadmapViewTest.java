package com.mentorplatform.ui.roadmaps;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.GapsResponseCompetencyGap;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.client.model.MilestoneStatus;
import com.mentorplatform.client.model.PaceMeasure;
import com.mentorplatform.client.model.PaceRequest;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.WorkspaceAccessRelation;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.charts.BarChart;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.mentorplatform.ui.testing.TestPairs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class MenteeRoadmapViewTest {

    @BeforeAll
    static void pairTheDemoMentorWithTheDemoMentee() {
        TestPairs.mentorOfMentee("acme");
    }

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_mentor_may_endorse_a_reached_milestone_only_and_the_endorsement_shows_on_its_card() {
        ApiClient mentee = TestRoadmaps.api(TestRoadmaps.MENTEE);
        RoadmapResponse roadmap = TestRoadmaps.fresh(mentee);
        TestRoadmaps.milestone(mentee, roadmap, "Present at the all-hands");
        TestRoadmaps.reached(mentee, roadmap, "Run a design review");

        RoadmapPage page = open(TestRoadmaps.MENTOR, mentee.me().id()).page;

        assertThat(page.roadmap().getAccess()).isEqualTo(WorkspaceAccessRelation.MENTOR);
        page.tabs.setSelectedTab(page.milestonesTab);
        MilestoneCard planned = MyRoadmapViewTest.cardsIn(page, MilestoneStatus.PLANNED).get(0);
        MilestoneCard reached = MyRoadmapViewTest.cardsIn(page, MilestoneStatus.REACHED).get(0);
        assertThat(MyRoadmapViewTest.buttonTexts(planned)).isEmpty();
        assertThat(MyRoadmapViewTest.buttonTexts(reached)).containsExactly("Endorse", "Send back");

        _click(MyRoadmapViewTest.button(reached, "Endorse"));
        EndorsementDialog dialog = _get(EndorsementDialog.class);
        _setValue(dialog.comment, "The review notes are convincing");
        _click(dialog.save);

        MilestoneCard endorsed = MyRoadmapViewTest.cardsIn(page, MilestoneStatus.REACHED).get(0);
        assertThat(endorsed.getElement().getTextRecursively()).contains("Endorsed by", "The review notes are convincing");
        assertThat(MyRoadmapViewTest.buttonTexts(endorsed)).isEmpty();
    }

    @Test
    void sending_a_milestone_back_without_saying_what_is_missing_shows_the_error_on_the_comment() {
        ApiClient mentee = TestRoadmaps.api(TestRoadmaps.MENTEE);
        RoadmapResponse roadmap = TestRoadmaps.fresh(mentee);
        TestRoadmaps.reached(mentee, roadmap, "Run a design review");
        RoadmapPage page = open(TestRoadmaps.MENTOR, mentee.me().id()).page;
        page.tabs.setSelectedTab(page.milestonesTab);

        _click(MyRoadmapViewTest.button(MyRoadmapViewTest.cardsIn(page, MilestoneStatus.REACHED).get(0), "Send back"));
        EndorsementDialog dialog = _get(EndorsementDialog.class);
        _click(dialog.save);

        assertThat(dialog.comment.isInvalid()).isTrue();
        assertThat(page.roadmap().getMilestones()).singleElement()
                .extracting(MilestoneResponse::getStatus).isEqualTo(MilestoneStatus.REACHED);
    }

    @Test
    void the_mentor_does_the_mentors_parts_but_not_the_mentees() {
        ApiClient mentee = TestRoadmaps.api(TestRoadmaps.MENTEE);
        TestRoadmaps.fresh(mentee);

        RoadmapPage page = open(TestRoadmaps.MENTOR, mentee.me().id()).page;

        assertThat(Stream.of(page.milestones.add, page.experiments.add, page.vision.edit))
                .noneMatch(Component::isVisible);
        assertThat(Stream.of(page.reviews.add, page.pace.change)).allMatch(Component::isVisible);
    }

    @Test
    void the_mentor_rates_a_competency_and_the_gap_chart_counts_the_rating() {
        ApiClient mentee = TestRoadmaps.api(TestRoadmaps.MENTEE);
        TestRoadmaps.fresh(mentee);
        RoadmapPage page = open(TestRoadmaps.MENTOR, mentee.me().id()).page;
        GapsResponseCompetencyGap first = new RoadmapClient(mentee).gaps(page.roadmap().getId()).getCompetencies()
                .get(0);

        _click(page.gaps.rate);
        RatingsDialog dialog = _get(RatingsDialog.class);
        _setValue(dialog.levels.get(first.getCompetencyId()), 5);
        _click(dialog.save);

        BarChart.Bars bars = page.gaps.chart.bars();
        int row = bars.categories().indexOf(first.getName());
        assertThat(bars.series().get(bars.series().size() - 1).values().get(row)).isEqualTo(5);
    }

    @Test
    void mentee_and_mentor_each_agree_to_the_pace_and_the_mentor_adds_a_review_point() {
        ApiClient mentee = TestRoadmaps.api(TestRoadmaps.MENTEE);
        RoadmapResponse roadmap = TestRoadmaps.fresh(mentee);
        RoadmapClient asMentee = new RoadmapClient(mentee);
        asMentee.setPace(roadmap.getId(), new PaceRequest().statement("One experiment closed a month")
                .measure(PaceMeasure.EXPERIMENTS_CLOSED).minimum(1).periodDays(30));
        asMentee.agreePace(roadmap.getId());
        String mentorName = TestRoadmaps.api(TestRoadmaps.MENTOR).me().displayName();
        RoadmapPage page = open(TestRoadmaps.MENTOR, mentee.me().id()).page;

        _click(page.pace.agree);
        page.tabs.setSelectedTab(page.tabs.getTabAt(3));
        _click(page.reviews.add);
        ReviewDialog review = _get(ReviewDialog.class);
        _setValue(review.summary, "Moved the planning milestone to the next quarter");
        _setValue(review.why, "The reorganisation delayed the budget round");
        _click(review.save);

        assertThat(page.roadmap().getPace().getAgreedByMenteeAt()).isNotNull();
        assertThat(page.roadmap().getPace().getAgreedByMentorAt()).isNotNull();
        assertThat(page.pace.agree.isVisible()).isFalse();
        assertThat(_find(page.reviews.list, Div.class, spec -> spec.withClasses("review-card"))).singleElement()
                .satisfies(card -> assertThat(card.getElement().getTextRecursively())
                        .contains("Moved the planning milestone", "The reorganisation delayed", mentorName));
    }

    @Test
    void hr_reads_the_roadmap_with_no_button_to_change_anything() {
        ApiClient mentee = TestRoadmaps.api(TestRoadmaps.MENTEE);
        RoadmapResponse roadmap = TestRoadmaps.fresh(mentee);
        TestRoadmaps.milestone(mentee, roadmap, "Present at the all-hands");
        TestRoadmaps.reached(mentee, roadmap, "Run a design review");
        TestRoadmaps.running(mentee, roadmap, "Pair with the data team");

        RoadmapPage page = open("admin@acme.example", mentee.me().id()).page;

        assertThat(page.roadmap().getAccess()).isEqualTo(WorkspaceAccessRelation.PROGRAMME_STAFF);
        assertThat(Stream.of(page.milestones.add, page.experiments.add, page.reviews.add, page.vision.edit,
                page.pace.change, page.pace.agree, page.gaps.rate)).noneMatch(Component::isVisible);
        assertThat(_find(page.milestones, MilestoneCard.class)).hasSize(2)
                .allSatisfy(card -> assertThat(MyRoadmapViewTest.buttonTexts(card)).isEmpty());
        assertThat(_find(page.experiments.grid, Button.class)).isEmpty();
        assertThat(page.notice.getText()).contains("programme staff");
    }

    @Test
    void a_roadmap_the_reader_has_no_relation_to_is_not_found() {
        ApiClient mentor = TestRoadmaps.api(TestRoadmaps.MENTOR);

        Component shown = openAny(TestRoadmaps.MENTEE, mentor.me().id());

        assertThat(shown).isNotInstanceOf(MenteeRoadmapView.class);
    }

    private static MenteeRoadmapView open(String email, String menteeId) {
        return (MenteeRoadmapView) openAny(email, menteeId);
    }

    private static Component openAny(String email, String menteeId) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", email);
        UI.getCurrent().navigate(MenteeRoadmapView.class, MenteeRoadmapView.parameters(menteeId));
        return KaribuConsole.currentView();
    }
}
