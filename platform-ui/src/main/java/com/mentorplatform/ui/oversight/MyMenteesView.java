package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.PairOverview;
import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.pairs.MyPairsView;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;

/**
 * The mentor's mentees as cards, those needing attention first (an overdue check-in in red, a stalled or
 * overcommitted plan in amber), each with the way into their workspace and the sponsorship flag; former
 * mentees below, read-only.
 */
@Route(value = "me/mentees", layout = MainLayout.class)
@PageTitle("My mentees | Mentoring Platform")
@RequiresRole(Role.MENTOR)
public class MyMenteesView extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Div current = cards("current-mentees");
    final Div former = cards("former-mentees");
    private final OversightClient client = new OversightClient(ConsoleSession.current().api());
    private FlagDialog dialog;

    public MyMenteesView() {
        setId("my-mentees-view");
        setMaxWidth("80rem");
        summary.setId("mentees-summary");
        summary.addClassName("flush");
        show(client.myMentees());
    }

    private void show(List<PairOverview> mentees) {
        removeAll();
        current.removeAll();
        former.removeAll();
        if (mentees.isEmpty()) {
            add(emptyState());
            return;
        }
        List<PairOverview> running = mentees.stream().filter(p -> !p.getReadOnly()).toList();
        long needing = running.stream().filter(PairOverviews::needsAttention).count();
        summary.setText(needing == 0 ? "All your mentees are on track."
                : needing + " of " + running.size() + (running.size() == 1 ? " mentee needs" : " mentees need")
                + " your attention.");
        running.forEach(pair -> current.add(new MenteeCard(pair, this::openFlagDialog)));
        add(summary, current);
        List<PairOverview> ended = mentees.stream().filter(PairOverview::getReadOnly).toList();
        if (!ended.isEmpty()) {
            ended.forEach(pair -> former.add(new MenteeCard(pair, this::openFlagDialog)));
            add(new H3("Former mentees"), Hint.note("These pairs have ended: their workspaces stay open to you "
                    + "read-only."), former);
        }
    }

    private void openFlagDialog(PairOverview pair) {
        dialog = new FlagDialog(pair, this::withdraw);
        dialog.addSaveListener(this::flag);
        dialog.open();
    }

    private void flag(SaveEvent<PairOverview, FlagChange> event) {
        try {
            SponsorshipFlag flagged = client.flag(event.original().getPairId(), event.change());
            dialog.close();
            Toast.done(flagged.getMenteeName() + " is flagged: "
                    + FlagLabels.sentence(flagged.getKind()).toLowerCase(Locale.ROOT));
            show(client.myMentees());
        } catch (ApiProblem problem) {
            dialog.showProblem(problem);
        }
    }

    private void withdraw(SponsorshipFlag flag) {
        dialog.close();
        try {
            client.withdraw(flag.getId());
            Toast.done("The " + FlagLabels.kind(flag.getKind()).toLowerCase(Locale.ROOT) + " flag of "
                    + flag.getMenteeName() + " is withdrawn");
        } catch (ApiProblem problem) {
            Toast.refused(problem);
        }
        show(client.myMentees());
    }

    private Div emptyState() {
        RouterLink mentoring = new RouterLink("My mentoring", MyPairsView.class);
        Div empty = new Div(new Paragraph("You have no mentees yet. When your programme manager starts a pair "
                + "with you, your mentee shows here with how their plan and your check-ins are going."),
                new Paragraph(mentoring));
        empty.setId("no-mentees");
        return empty;
    }

    private static Div cards(String id) {
        Div cards = new Div();
        cards.setId(id);
        cards.setWidthFull();
        cards.addClassName("card-grid");
        return cards;
    }
}
