package com.mentorplatform.ui.oversight;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.AttentionReason;
import com.mentorplatform.client.model.AttentionReasonKind;
import com.mentorplatform.client.model.CheckInSignals;
import com.mentorplatform.client.model.FlagKind;
import com.mentorplatform.client.model.PairOverview;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.client.model.RoadmapProgress;
import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class MyMenteesViewTest {

    private static final UUID PAIR = UUID.randomUUID();
    private static final UUID MENTEE = UUID.randomUUID();

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_demo_mentor_sees_each_mentee_with_progress_and_check_ins() {
        MyMenteesView view = (MyMenteesView) open("mentor@acme.example");

        MenteeCard mentee = cards(view).get(0);
        // Other console tests share the demo API and may add pairs or check-ins, so the card is read loosely.
        assertThat(mentee.getElement().getTextRecursively()).contains("Active", "every 14 days")
                .containsPattern("No roadmap yet|milestones reached");
        assertThat(_find(mentee, Span.class, spec -> spec.withClasses("last-check-in"))).singleElement()
                .extracting(Span::getText).asString().isNotBlank();
        assertThat(view.summary.getText()).isNotBlank();
    }

    @Test
    void an_overdue_check_in_is_a_red_badge_and_a_stalled_or_overcommitted_plan_an_amber_one() {
        open("mentor@acme.example");
        MenteeCard needy = new MenteeCard(overview(false, List.of(
                reason(AttentionReasonKind.CHECK_IN_OVERDUE, "No check-in for 23 days (cadence 14)"),
                reason(AttentionReasonKind.MILESTONES_STALLED, "2 milestones stalled"),
                reason(AttentionReasonKind.OVERCOMMITTED, "4 experiments running; limit 3"))),
                pair -> { });
        MenteeCard fine = new MenteeCard(flagged(overview(false, List.of())), pair -> { });

        List<Span> badges = _find(needy, Span.class, spec -> spec.withClasses("attention-badge"));
        assertThat(badges).extracting(Span::getText).containsExactly("No check-in for 23 days (cadence 14)",
                "2 milestones stalled", "4 experiments running; limit 3");
        assertThat(badges).extracting(badge -> badge.getElement().getThemeList().contains("error"))
                .containsExactly(true, false, false);
        assertThat(badges).extracting(badge -> badge.getElement().getThemeList().contains("warning"))
                .containsExactly(false, true, true);
        assertThat(needy.getElement().getTextRecursively()).contains("1 of 3 milestones reached",
                "1 milestone to endorse", "4 experiments running (limit 3)", "Last check-in 23 days ago");
        assertThat(_find(fine, Span.class, spec -> spec.withClasses("attention-badge"))).isEmpty();
        assertThat(fine.getElement().getTextRecursively()).contains("On track", "Flagged: Stretch assignment");
    }

    @Test
    void a_former_mentee_offers_the_workspace_but_no_flag() {
        open("mentor@acme.example");
        MenteeCard former = new MenteeCard(overview(true, List.of()), pair -> { });

        assertThat(former.flag.isVisible()).isFalse();
        assertThat(former.getElement().getTextRecursively()).doesNotContain("to endorse");
        assertThat(former.roadmap.isVisible()).isTrue();
        assertThat(former.getElement().getTextRecursively()).doesNotContain("On track");
    }

    @Test
    void the_mentor_flags_a_mentee_with_a_note_and_withdraws_the_flag_again() {
        MyMenteesView view = (MyMenteesView) open("mentor@acme.example");
        String name = unflaggedName(view);
        _click(card(view, name).flag);
        FlagDialog dialog = _get(FlagDialog.class);

        _click(dialog.confirm);
        assertThat(dialog.note.isInvalid()).isTrue();
        _setValue(_get(dialog, TextArea.class), "Led the on-call redesign; ready for a sponsor.");
        _click(dialog.confirm);

        MenteeCard flagged = card(view, name);
        assertThat(flagged.getElement().getTextRecursively()).contains("Flagged: Sponsorship");
        _click(flagged.flag);
        FlagDialog again = _get(FlagDialog.class);
        assertThat(again.getElement().getTextRecursively()).contains("Led the on-call redesign");
        _click(_get(again, Button.class, spec -> spec.withClasses("withdraw-flag")));
        assertThat(card(view, name).getElement().getTextRecursively()).doesNotContain("Flagged:");
    }

    @Test
    void the_workspace_buttons_lead_to_the_mentees_roadmap_check_ins_and_journal() {
        PairOverview pair = overview(false, List.of());

        assertThat(MenteeCard.roadmapRoute(pair)).isEqualTo("mentees/" + MENTEE + "/roadmap");
        assertThat(MenteeCard.checkInsRoute(pair)).isEqualTo("pairs/" + PAIR + "/check-ins");
        assertThat(MenteeCard.journalRoute(pair)).isEqualTo("mentees/" + MENTEE + "/journal");
    }

    @Test
    void mentees_and_admins_are_sent_away_from_my_mentees() {
        assertThat(open("mentee@acme.example")).isNotInstanceOf(MyMenteesView.class);
        KaribuConsole.stop();
        assertThat(open("admin@acme.example")).isNotInstanceOf(MyMenteesView.class);
    }

    private static Component open(String email) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", email);
        UI.getCurrent().navigate("me/mentees");
        return KaribuConsole.currentView();
    }

    private static List<MenteeCard> cards(MyMenteesView view) {
        return _find(view, MenteeCard.class);
    }

    private static MenteeCard card(MyMenteesView view, String name) {
        return cards(view).stream().filter(card -> _get(card, H3.class).getText().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The name of the first current mentee with no open flag (the demo leaves the mentor one). */
    private static String unflaggedName(MyMenteesView view) {
        return cards(view).stream().filter(card -> card.flag.isVisible())
                .filter(card -> card.getElement().getAttribute("data-flagged").equals("false"))
                .map(card -> _get(card, H3.class).getText()).findFirst().orElseThrow();
    }

    private static PairOverview flagged(PairOverview pair) {
        SponsorshipFlag flag = new SponsorshipFlag().id(UUID.randomUUID()).pairId(pair.getPairId())
                .cohortId(pair.getCohortId()).cohortName(pair.getCohortName()).menteeId(pair.getMenteeId())
                .menteeName(pair.getMenteeName()).mentorId(pair.getMentorId()).mentorName(pair.getMentorName())
                .kind(FlagKind.STRETCH_ASSIGNMENT).note("Ready to own the migration").createdAt(OffsetDateTime.now());
        return pair.sponsorshipFlags(List.of(flag));
    }

    private static PairOverview overview(boolean former, List<AttentionReason> attention) {
        OffsetDateTime lastMet = OffsetDateTime.now().minusDays(23);
        return new PairOverview().pairId(PAIR).status(former ? PairStatus.COMPLETED : PairStatus.ACTIVE)
                .readOnly(former).cohortId(UUID.randomUUID()).cohortName("Spring 2027").mentorId(UUID.randomUUID())
                .mentorName("Mia Mentor").menteeId(MENTEE).menteeName("Eli Mentee")
                .checkIns(new CheckInSignals().pairId(PAIR).cadenceDays(14).lastHeldAt(lastMet).daysSinceLast(23)
                        .overdue(!attention.isEmpty()))
                .roadmap(new RoadmapProgress().roadmapId(UUID.randomUUID()).milestones(3).milestonesReached(1)
                        .milestonesAwaitingEndorsement(1).stalledMilestones(2).activeExperiments(4).experimentLimit(3)
                        .overcommitted(true))
                .sponsorshipFlags(List.of()).attention(attention);
    }

    private static AttentionReason reason(AttentionReasonKind kind, String text) {
        return new AttentionReason().kind(kind).text(text);
    }
}
