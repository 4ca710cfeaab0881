package com.mentorplatform.ui.pairs;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.EndReason;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.promotioncase.TestCases;
import com.mentorplatform.ui.roadmaps.MenteeRoadmapView;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class MyPairsViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void mentee_sees_their_active_mentor_first_with_why_they_were_matched() {
        MyPairsView view = (MyPairsView) open("mentee@acme.example");
        PairResponse pair = new PairsClient(ConsoleSession.current().api()).mine().get(0);

        PairCard first = cards(view).get(0);
        assertThat(pair.getStatus()).isEqualTo(PairStatus.ACTIVE);
        assertThat(partnerOf(first)).isEqualTo(pair.getMentorName());
        assertThat(first.getElement().getTextRecursively()).contains("Your mentor", "Active", pair.getCohortName(),
                "Active since", "Why you were matched", "Match score " + PairLabels.scorePercent(pair));
        assertThat(_find(first, ListItem.class)).hasSize(pair.getReasons().size())
                .first().extracting(ListItem::getText).asString().containsIgnoringCase(pair.getReasons().get(0));
    }

    @Test
    void a_mentee_reads_on_their_pair_what_their_mentor_flagged_them_for_until_it_is_withdrawn() {
        ApiClient mentor = TestCases.api("mentor@acme.example");
        PairResponse tarasPair = new PairsClient(TestCases.api("mentee@acme.example")).mine().get(0);
        Map<?, ?> flag = mentor.send("POST", "/api/pairs/" + tarasPair.getId() + "/sponsorship-flags",
                Map.of("kind", "STRETCH_ASSIGNMENT", "note", "Ready to lead the pricing launch"), Map.class);
        try {
            MyPairsView view = (MyPairsView) open("mentee@acme.example");

            Component note = _get(cards(view).get(0), Div.class, spec -> spec.withClasses("pair-flag"));
            assertThat(note.getElement().getTextRecursively())
                    .contains(tarasPair.getMentorName() + " flagged you as ready for a stretch assignment",
                            "Ready to lead the pricing launch");
        } finally {
            // Other console tests read the demo mentee as not flagged.
            mentor.send("POST", "/api/sponsorship-flags/" + flag.get("id") + "/withdrawal", null);
        }
        KaribuConsole.stop();
        MyPairsView after = (MyPairsView) open("mentee@acme.example");
        assertThat(_find(after, Div.class, spec -> spec.withClasses("pair-flag"))).isEmpty();
    }

    @Test
    void mentor_sees_each_of_their_mentees() {
        MyPairsView view = (MyPairsView) open("mentor@acme.example");
        List<PairResponse> pairs = new PairsClient(ConsoleSession.current().api()).mine();

        assertThat(pairs).isNotEmpty().anyMatch(pair -> pair.getStatus() == PairStatus.ACTIVE);
        assertThat(cards(view)).extracting(MyPairsViewTest::partnerOf)
                .containsExactlyElementsOf(pairs.stream().map(PairResponse::getMenteeName).toList());
        assertThat(cards(view)).allSatisfy(card ->
                assertThat(card.getElement().getTextRecursively()).contains("Your mentee"));
    }

    @Test
    void a_mentor_opens_a_mentees_roadmap_from_their_pair_and_a_mentee_finds_no_such_button() {
        MyPairsView view = (MyPairsView) open("mentor@acme.example");
        PairResponse pair = new PairsClient(ConsoleSession.current().api()).mine().get(0);

        _click(_get(cards(view).get(0), Button.class, spec -> spec.withText("Roadmap")));

        assertThat(KaribuConsole.currentView()).isInstanceOf(MenteeRoadmapView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("mentees/" + pair.getMenteeId() + "/roadmap");
        KaribuConsole.stop();
        assertThat(_find(cards((MyPairsView) open("mentee@acme.example")).get(0), Button.class,
                spec -> spec.withText("Roadmap"))).isEmpty();
    }

    @Test
    void current_pairs_come_before_former_ones_and_a_pause_or_early_end_says_why() {
        PairResponse ended = pair(PairStatus.ENDED_EARLY, EndReason.NOT_A_GOOD_FIT, "2027-04-01T10:00:00Z");
        PairResponse paused = pair(PairStatus.PAUSED, null, "2027-02-01T10:00:00Z");
        PairResponse active = pair(PairStatus.ACTIVE, null, "2027-03-01T10:00:00Z");

        assertThat(Stream.of(ended, paused, active).sorted(MyPairs.CURRENT_FIRST))
                .containsExactly(active, paused, ended);
        assertThat(PairLabels.statusNote(ended)).isEqualTo("Ended early: Not a good fit, wanted more product focus");
        assertThat(PairLabels.statusNote(paused)).isEqualTo("Paused: wanted more product focus");
        assertThat(PairCard.since(active)).isEqualTo("Active since 1 Mar 2027");
        assertThat(PairCard.since(ended)).isEqualTo("Ended early on 1 Apr 2027");
    }

    @Test
    void a_leader_is_sent_away_from_my_mentoring() {
        assertThat(open("leader@acme.example")).isNotInstanceOf(MyPairsView.class);
    }

    @Test
    void an_admin_is_sent_away_from_my_mentoring() {
        assertThat(open("admin@acme.example")).isNotInstanceOf(MyPairsView.class);
    }

    private static Component open(String email) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", email);
        UI.getCurrent().navigate("me/pairs");
        return KaribuConsole.currentView();
    }

    private static List<PairCard> cards(MyPairsView view) {
        return _find(view, PairCard.class);
    }

    private static String partnerOf(PairCard card) {
        return _find(card, H3.class).get(0).getText();
    }

    private static PairResponse pair(PairStatus status, EndReason endReason, String changedAt) {
        OffsetDateTime when = OffsetDateTime.parse(changedAt);
        // As the API sends it: an ended pair may move nowhere, a running one at least to an early end.
        List<PairStatus> allowed = status == PairStatus.ENDED_EARLY ? List.of() : List.of(PairStatus.ENDED_EARLY);
        return new PairResponse().id(UUID.randomUUID()).cohortId(UUID.randomUUID()).cohortName("Spring 2027")
                .mentorId(UUID.randomUUID()).mentorName("Mia Mentor").menteeId(UUID.randomUUID())
                .menteeName("Max Mentee").source("MATCHING").status(status).score(new BigDecimal("0.7150"))
                .reasons(List.of("covers 2 of 4 largest gaps")).endReason(endReason)
                .endNote(status == PairStatus.ACTIVE ? null : "wanted more product focus")
                .createdAt(when.minusDays(1)).updatedAt(when).allowedTransitions(allowed);
    }
}
