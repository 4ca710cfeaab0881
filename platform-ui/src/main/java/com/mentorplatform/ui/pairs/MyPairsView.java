package com.mentorplatform.ui.pairs;

import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.api.UserProfile;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.participants.MenteeProfileView;
import com.mentorplatform.ui.participants.MentorProfileView;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.surveys.SurveyBanner;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * A mentor's or mentee's pairs: a survey waiting for them first, then current pairs, then former pairs as
 * read-only history, and for someone not paired yet what will happen.
 */
@Route(value = "me/pairs", layout = MainLayout.class)
@PageTitle("My mentoring | Mentoring Platform")
@RequiresRole({Role.MENTOR, Role.MENTEE})
public class MyPairsView extends VerticalLayout {

    final VerticalLayout current = section("current-pairs");
    final VerticalLayout former = section("former-pairs");
    private final UserProfile user = ConsoleSession.current().user().orElseThrow();

    public MyPairsView() {
        setId("my-pairs-view");
        setMaxWidth("52rem");
        add(new SurveyBanner());
        show(new PairsClient(ConsoleSession.current().api()));
    }

    private void show(PairsClient client) {
        List<PairResponse> pairs = client.mine();
        List<PairResponse> running = pairs.stream().filter(MyPairs::isCurrent).toList();
        List<PairResponse> ended = pairs.stream().filter(pair -> !MyPairs.isCurrent(pair)).toList();
        if (pairs.isEmpty()) {
            add(emptyState());
            return;
        }
        // A mentee reads what their mentor flagged them for; the mentor sees their flags on "My mentees".
        running.forEach(pair -> current.add(new PairCard(pair, user.id(),
                MyPairs.isMentor(pair, user.id()) || pair.getStatus() == PairStatus.PROPOSED
                        ? List.of() : client.openFlags(pair.getId()))));
        add(current);
        if (!ended.isEmpty()) {
            ended.forEach(pair -> former.add(new PairCard(pair, user.id(), List.of())));
            add(new H3("Former pairs"), Hint.note("These pairs have ended; they are kept here as history and "
                    + "cannot be changed."), former);
        }
    }

    private Div emptyState() {
        boolean mentor = user.hasAnyRole(Role.MENTOR);
        String partner = mentor ? "mentees" : "a mentor";
        Paragraph next = new Paragraph("You are not in a mentoring pair yet. Your programme manager will pair you "
                + "with " + partner + " once you are enrolled in a cohort and its matching is done. You will get a "
                + "notification when your pair starts, and you will find them here with why you were matched.");
        RouterLink profile = new RouterLink("Keep your mentoring profile up to date",
                mentor ? MentorProfileView.class : MenteeProfileView.class);
        profile.setId("no-pairs-profile");
        Div empty = new Div(next, new Paragraph(profile, new Span(": matching reads it to find you a good fit.")));
        empty.setId("no-pairs");
        return empty;
    }



    private static VerticalLayout section(String id) {
        VerticalLayout section = new VerticalLayout();
        section.setId(id);
        section.setPadding(false);
        return section;
    }
}
