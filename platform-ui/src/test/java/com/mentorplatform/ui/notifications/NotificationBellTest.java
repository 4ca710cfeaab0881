package com.mentorplatform.ui.notifications;

import com.mentorplatform.client.model.NotificationKind;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.Notification;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.ui.pairs.MyPairsView;
import com.mentorplatform.ui.roadmaps.MenteeRoadmapView;
import com.mentorplatform.ui.roadmaps.MyRoadmapView;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class NotificationBellTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_bell_counts_a_mentors_unread_notifications_about_their_pairs() {
        NotificationBell bell = signInAs("globex", "mentor@globex.example");
        int unread = client().unread(200).size();

        assertThat(unread).isPositive();
        assertThat(bell.unreadCount.isVisible()).isTrue();
        assertThat(bell.unreadCount.getText()).isEqualTo(String.valueOf(unread));
    }

    @Test
    void the_list_shows_the_newest_first_and_opening_one_marks_it_read_and_leads_to_my_mentoring() {
        NotificationBell bell = signInAs("globex", "mentor@globex.example");
        int before = Integer.parseInt(bell.unreadCount.getText());

        _click(bell.bell);
        List<Div> rows = items(bell);
        assertThat(rows).hasSize(client().latest(NotificationBell.LISTED).size());
        Div firstUnread = rows.stream().filter(row -> row.getElement().getAttribute("data-unread").equals("true"))
                .findFirst().orElseThrow();
        _click(firstUnread);

        assertThat(Integer.parseInt("0" + bell.unreadCount.getText())).isEqualTo(before - 1);
        assertThat(client().unread(200)).hasSize(before - 1);
        assertThat(KaribuConsole.currentView()).isInstanceOf(MyPairsView.class);
        assertThat(bell.inbox.isOpened()).isFalse();
    }

    @Test
    void a_mentee_opens_their_mentors_answer_to_a_milestone_on_their_own_roadmap() {
        NotificationBell bell = signInAs("globex", "mentee@globex.example");

        _click(bell.bell);
        Div answered = items(bell).stream().filter(row -> row.getElement().getAttribute("data-kind")
                .matches("MILESTONE_(ENDORSED|SENT_BACK)")).findFirst().orElseThrow();
        assertThat(answered.getElement().getTextRecursively()).matches("(?s).+ (endorsed|sent) “.+”.*");
        _click(answered);

        assertThat(KaribuConsole.currentView()).isInstanceOf(MyRoadmapView.class);
        assertThat(bell.inbox.isOpened()).isFalse();
    }

    @Test
    void a_mentor_opens_a_milestone_their_mentee_reached_on_that_mentees_roadmap() {
        NotificationBell bell = signInAs("globex", "mentor@globex.example");

        _click(bell.bell);
        Notification reached = client().latest(NotificationBell.LISTED).stream()
                .filter(item -> item.getKind() == NotificationKind.MILESTONE_REACHED).findFirst().orElseThrow();
        _click(items(bell).stream()
                .filter(row -> row.getElement().getTextRecursively().startsWith(reached.getMessage()))
                .findFirst().orElseThrow());

        assertThat(KaribuConsole.currentView()).isInstanceOf(MenteeRoadmapView.class);
        UUID menteeId = ConsoleSession.current().api().getList("/api/me/pairs", PairResponse.class)
                .stream().filter(pair -> pair.getId().equals(reached.getPairId())).findFirst().orElseThrow()
                .getMenteeId();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("mentees/" + menteeId + "/roadmap");
    }

    @Test
    void a_sponsorship_flag_leads_to_the_pair_where_the_mentee_reads_the_mentors_note() {
        signInAs("globex", "mentee@globex.example");
        Notification flag = new Notification().id(UUID.randomUUID()).kind(NotificationKind.SPONSORSHIP_FLAGGED)
                .pairId(UUID.randomUUID()).message("Kemi Osei flagged you as ready for sponsorship")
                .createdAt(OffsetDateTime.now());

        assertThat(new InboxLinks(client()).of(flag)).contains(InboxLinks.PAIRS);
    }

    @Test
    void someone_without_notifications_sees_no_count_and_an_explanation() {
        NotificationBell bell = signInAs("acme", "leader@acme.example");

        _click(bell.bell);

        assertThat(bell.unreadCount.isVisible()).isFalse();
        assertThat(bell.inbox.isOpened()).isTrue();
        assertThat(_get(bell.list, Span.class, spec -> spec.withId("no-notifications"))
                .getText()).contains("starts or ends");
    }

    private static NotificationBell signInAs(String tenant, String email) {
        KaribuConsole.start();
        KaribuConsole.signIn(tenant, email);
        UI.getCurrent().navigate("calendar");
        return _get(NotificationBell.class);
    }

    private static NotificationsClient client() {
        return new NotificationsClient(ConsoleSession.current().api());
    }

    private static List<Div> items(NotificationBell bell) {
        return _find(bell.list, Div.class, spec -> spec.withClasses("notification-item"));
    }
}
